"""Scores of an evaluation (kg.ask.eval): counts per fact type and the readable report."""
from __future__ import annotations

from dataclasses import dataclass, field

ORDER = ("posts", "officials", "not_officials", "headline", "published", "authors",
         "meeting_kind", "meeting_date", "chairs", "leaders", "hosts", "guests", "attendees",
         "bodies")


@dataclass
class Counts:
    """A set-valued fact type: true positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    """A single-valued fact type: right answers out of the articles whose gold value is
    known, and how many articles got a value where the gold has none."""

    correct: int = 0
    total: int = 0
    wrong_non_null: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def as_dict(self) -> dict:
        return {"accuracy": self.accuracy, "correct": self.correct, "total": self.total,
                "wrong_non_null": self.wrong_non_null}


@dataclass
class ArticleResult:
    """What one gold article got wrong: missed (in gold, not in graph) and extra facts."""

    file: str
    gold_file: str
    in_graph: bool
    missed: dict[str, list] = field(default_factory=dict)
    extra: dict[str, list] = field(default_factory=dict)

    @property
    def perfect(self) -> bool:
        return self.in_graph and not any(self.missed.values()) and not any(self.extra.values())


@dataclass
class EvalReport:
    graph: str
    gold_files: list[str]
    articles: list[ArticleResult]
    counts: dict[str, Counts]
    accuracies: dict[str, Accuracy]
    not_officials: int
    not_officials_checked: int

    @property
    def scores(self) -> dict[str, dict]:
        """Machine-readable scores by fact type (see the module docstring)."""
        out: dict[str, dict] = {}
        for name in ORDER:
            if name in self.counts:
                out[name] = self.counts[name].as_dict()
            elif name in self.accuracies:
                out[name] = self.accuracies[name].as_dict()
            elif name == "not_officials":
                out[name] = {"count": self.not_officials, "checked": self.not_officials_checked}
        missing = [a.file for a in self.articles if not a.in_graph]
        out["articles"] = {"gold": len(self.articles), "in_graph": len(self.articles) - len(missing),
                           "missing": missing}
        return out

    def format(self, verbose: bool = False) -> str:
        n = len(self.articles)
        found = sum(a.in_graph for a in self.articles)
        golds = ", ".join(self.gold_files)
        lines = [f"Graph {self.graph} against {golds}: {n} article{'s' * (n != 1)}, "
                 f"{found} found in the graph", ""]
        lines.append(f"{'fact':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
        for name in ORDER:
            if name in self.counts:
                c = self.counts[name]
                lines.append(f"{name:<14}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
                             f"{c.tp:>6}{c.fp:>6}{c.fn:>6}")
        lines.append("")
        for name in ORDER:
            if name in self.accuracies:
                a = self.accuracies[name]
                extra = f", {a.wrong_non_null} wrongly non-null" if name in ("headline", "published") else ""
                lines.append(f"{name:<14}accuracy {a.accuracy:.3f} ({a.correct}/{a.total}){extra}")
        flag = "" if self.not_officials == 0 else "   <-- must be 0"
        lines.append(f"{'not_officials':<14}{self.not_officials} of {self.not_officials_checked} "
                     f"made officials{flag}")
        missing = [a.file for a in self.articles if not a.in_graph]
        if missing:
            lines.append(f"not in the graph: {', '.join(missing)}")
        if verbose:
            for a in self.articles:
                if a.perfect:
                    continue
                lines.append("")
                if not a.in_graph:
                    lines.append(f"{a.file}   (not in the graph: every fact missed)")
                    continue
                lines.append(a.file)
                for name in ORDER:
                    for fact in a.missed.get(name, []):
                        lines.append(f"  − {name}: {_show(fact)}")
                    for fact in a.extra.get(name, []):
                        lines.append(f"  + {name}: {_show(fact)}")
        return "\n".join(lines)


def _show(fact) -> str:
    if isinstance(fact, tuple):
        return " | ".join("∅" if x is None else str(x) for x in fact)
    return "∅" if fact is None else str(fact)


