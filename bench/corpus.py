#!/usr/bin/env python3
"""The benchmark corpus: articles in the genre about a simulated political world that behaves
like the real one, so that benchmarks run on a graph shaped like a real build.

How it is made (everything is seeded, so the same arguments give the same files):

- **A world.** Every one of the 63 provinces (and each of its real districts, from
  kg/data/gazetteer.tsv through kg.extract.gazetteer) has the posts the genre reports: Bí thư,
  Phó Bí thư Thường trực and Trưởng Ban Dân vận of the Tỉnh ủy, Chủ tịch and Phó Chủ tịch of the
  provincial People's Committee, Chủ tịch of the provincial Front, Bí thư of the Tỉnh đoàn, and
  in each district the Bí thư of the Huyện ủy and the Chủ tịch of the district People's
  Committee and Front. Each post has a line of holders from 2019 to 2024: a holder is replaced
  now and then (more often in the congress year 2020-2021), so posts have successions and
  officials have careers (a district secretary may move up to a provincial board).
- **Heavy-tailed coverage.** An article's province is drawn with Zipf weights (a few provinces
  are in the news far more than the rest), its district again with Zipf weights within the
  province, its date uniformly over 2019-2024. Each article reports one meeting of one of eight
  kinds, written from templates of the genre's own constructions, and names the holders of the
  posts it involves *on that date*. So a provincial secretary of a busy province appears in
  thousands of articles and most district officials in a handful, as in real news.
- **Places stay consistent.** A district is only ever written with its own province.
- **Nothing is rewritten.** Articles are composed, not copied-and-substituted, so body names
  ("Đoàn TNCS Hồ Chí Minh tỉnh …") are exactly as the templates write them.

The people are invented (names drawn from common family, middle and given names, one person per
name per province); the places are real. Articles are about 2.4 KB, like the project's own.

    .venv/bin/python bench/corpus.py OUT_DIR -n 30000
"""
from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.gazetteer import get_gazetteer  # noqa: E402

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
            "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai", "Tô", "Châu"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Quốc", "Đức", "Thị Thu", "Ngọc", "Hoàng", "Công",
          "Thị Hồng", "Xuân", "Trọng", "Bá", "Thị Kim"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam", "Nga",
         "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vinh", "Yến", "Khải",
         "Lộc", "Nhân", "Hiếu", "Tín", "Đạt", "Khoa", "Thắng", "Hạnh", "Loan", "Tiến", "Toàn"]

START, END = date(2019, 1, 1), date(2024, 12, 31)
YEARS = range(START.year, END.year + 1)

# (key, role as written, body as written with {p} the province / {d} the district)
PROVINCE_POSTS = {
    "bt": ("Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy {p}"),
    "pbt": ("Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy {p}"),
    "ct": ("Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh {p}"),
    "pct": ("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh {p}"),
    "mt": ("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh {p}"),
    "dv": ("Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy {p}"),
    "td": ("Bí thư Tỉnh đoàn", "Bí thư Tỉnh đoàn {p}"),
}
DISTRICT_POSTS = {
    "hbt": ("Bí thư Huyện ủy", "Bí thư Huyện ủy {d}"),
    "hct": ("Chủ tịch UBND huyện", "Chủ tịch UBND huyện {d}"),
    "hmt": ("Chủ tịch Ủy ban MTTQ Việt Nam huyện", "Chủ tịch Ủy ban MTTQ Việt Nam huyện {d}"),
}

FILLER = [
    "Theo báo cáo, thời gian qua công tác xây dựng Đảng và hệ thống chính trị được quan tâm thực hiện; "
    "công tác tuyên truyền, giáo dục chính trị tư tưởng được đổi mới cả về nội dung và hình thức; "
    "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đi vào chiều sâu.",
    "Tình hình kinh tế - xã hội tiếp tục phát triển ổn định; tổng thu ngân sách trên địa bàn đạt và vượt dự toán; "
    "chương trình mục tiêu quốc gia xây dựng nông thôn mới được triển khai đồng bộ, nhiều tuyến đường giao thông "
    "nông thôn được bê tông hóa với sự đóng góp của Nhân dân.",
    "Công tác dân vận của cả hệ thống chính trị có nhiều chuyển biến tích cực; phong trào thi đua dân vận khéo "
    "được triển khai sâu rộng, có nhiều mô hình hay, cách làm hiệu quả được nhân rộng ở cơ sở.",
    "Bên cạnh kết quả đạt được, báo cáo cũng chỉ ra một số hạn chế như: việc nắm bắt tâm tư, nguyện vọng của "
    "Nhân dân có lúc chưa kịp thời; công tác phối hợp giữa các ngành, các cấp ở một số nơi còn thiếu chặt chẽ; "
    "chất lượng sinh hoạt chi bộ ở một số nơi chưa cao.",
    "Các đại biểu đã tập trung thảo luận, đóng góp ý kiến vào dự thảo báo cáo, làm rõ nguyên nhân của những "
    "hạn chế và đề xuất nhiều giải pháp thiết thực để thực hiện thắng lợi nhiệm vụ chính trị trong thời gian tới.",
    "Trong năm, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội đã vận động xây dựng, sửa chữa nhiều căn nhà "
    "Đại đoàn kết cho hộ nghèo, hộ cận nghèo; tổ chức thăm, tặng quà cho gia đình chính sách, người có công với "
    "cách mạng nhân dịp các ngày lễ, Tết.",
    "Công tác cải cách hành chính, chuyển đổi số được đẩy mạnh; tỷ lệ hồ sơ được giải quyết đúng hạn đạt cao; "
    "an ninh chính trị, trật tự an toàn xã hội trên địa bàn được giữ vững.",
    "Công tác kiểm tra, giám sát và thi hành kỷ luật đảng được thực hiện nghiêm túc; công tác phòng, chống tham "
    "nhũng, tiêu cực được chú trọng; việc tiếp công dân, giải quyết khiếu nại, tố cáo được thực hiện đúng quy định.",
]

CLOSING = [
    "Kết luận buổi làm việc, {chair_role_short} đề nghị thời gian tới tiếp tục nâng cao chất lượng, hiệu quả "
    "hoạt động, bám sát cơ sở, lắng nghe ý kiến của Nhân dân, kịp thời tham mưu cấp ủy lãnh đạo giải quyết những "
    "vấn đề bức xúc, phát sinh ngay từ cơ sở.",
    "Phát biểu chỉ đạo, {chair_role_short} ghi nhận, biểu dương những kết quả đạt được và yêu cầu các cấp, các "
    "ngành khắc phục hạn chế, quyết tâm hoàn thành thắng lợi các chỉ tiêu, nhiệm vụ đã đề ra.",
]


COMMITTEE = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy", "quận": "Quận ủy",
             "thị xã": "Thị ủy"}
YOUTH = {"tỉnh": "Tỉnh đoàn", "thành phố": "Thành đoàn"}


@dataclass
class Place:
    province: str
    kind: str                               # "tỉnh" or "thành phố"
    districts: list[str]
    kinds: dict[str, str] = field(default_factory=dict)   # district -> huyện, quận, thị xã, thành phố


@dataclass
class World:
    rng: random.Random
    places: list[Place]
    taken: dict[str, set] = field(default_factory=dict)
    lines: dict[tuple, list[tuple[date, str]]] = field(default_factory=dict)

    def person(self, province: str) -> str:
        """A new name, unique within the province (the graph's identity rule)."""
        taken = self.taken.setdefault(province, set())
        while True:
            name = f"{self.rng.choice(SURNAMES)} {self.rng.choice(MIDDLE)} {self.rng.choice(GIVEN)}"
            if name not in taken:
                taken.add(name)
                return name

    def line(self, key: tuple, province: str, promote_from: list[tuple] = ()) -> list[tuple[date, str]]:
        """Holders of one post from START to END, each with the day they took it."""
        if key in self.lines:
            return self.lines[key]
        holders = [(START, self.person(province))]
        for y in YEARS:
            if y == START.year:
                continue
            chance = 0.45 if y in (2020, 2021) else 0.12
            if self.rng.random() < chance:
                day = date(y, self.rng.randint(1, 12), self.rng.randint(1, 28))
                successor = None
                if promote_from and self.rng.random() < 0.4:       # a career move upwards
                    src = self.lines.get(self.rng.choice(promote_from))
                    if src:
                        successor = holder_on(src, day)
                holders.append((day, successor or self.person(province)))
        self.lines[key] = holders
        return holders


def holder_on(line: list[tuple[date, str]], day: date) -> str:
    current = line[0][1]
    for start, name in line:
        if start <= day:
            current = name
    return current


def zipf_weights(n: int, s: float = 1.1) -> list[float]:
    return [1.0 / (k + 1) ** s for k in range(n)]


def build_world(seed: int) -> World:
    rng = random.Random(seed)
    gaz = get_gazetteer()
    places = []
    for prov in gaz.places("legacy", "province"):
        units = [d for d in gaz.places("legacy", "district")
                 if gaz.province_of(d) is not None and gaz.province_of(d).name == prov.name
                 and d.name != prov.name]
        places.append(Place(prov.name, prov.kind, [d.name for d in units], {d.name: d.kind for d in units}))
    rng.shuffle(places)
    for place in places:
        rng.shuffle(place.districts)
    world = World(rng, places)
    for place in places:                    # district lines first, so provinces can promote from them
        for d in place.districts:
            for k in DISTRICT_POSTS:
                world.line((place.province, d, k), place.province)
        for k in PROVINCE_POSTS:
            promote = [(place.province, d, "hbt") for d in place.districts[:5]] if k in ("dv", "pbt") else []
            world.line((place.province, None, k), place.province, promote)
    return world


def _who(world: World, province: str, district, key: str, day: date) -> str:
    return holder_on(world.lines[(province, district, key)], day)


def compose(world: World, rng: random.Random, place: Place, district: str, day: date, i: int) -> str:
    p, d = place.province, district
    dk = place.kinds.get(d, "huyện")
    w = lambda key, dist=None: _who(world, p, dist, key, day)  # noqa: E731
    when = f"{rng.choice(['Sáng', 'Chiều', 'Ngày'])} {day.day}/{day.month}/{day.year}"
    kind = rng.choices(range(8), weights=[4, 2, 2, 2, 2, 1, 1, 2])[0]
    filler = rng.sample(FILLER, rng.randint(3, 5))
    if kind == 0:
        head = f"Ban Thường vụ «PU» {p} làm việc với Ban Thường vụ «DU» {d}"
        lead = (f"{when}, đoàn công tác Ban Thường vụ «PU» {p} do đồng chí {w('bt')}, Bí thư «PU» {p} "
                f"làm trưởng đoàn đã có buổi làm việc với Ban Thường vụ «DU» {d} về tình hình thực hiện "
                f"nghị quyết đại hội đảng bộ các cấp.")
        people = (f"Cùng dự có đồng chí {w('pbt')}, Phó Bí thư Thường trực «PU» {p}; đồng chí {w('hbt', d)}, "
                  f"Bí thư «DU» {d} và đồng chí {w('hct', d)}, Chủ tịch UBND «dk» {d}.")
        chair = "Bí thư «PU»"
    elif kind == 1:
        head = f"Hội nghị Ban Chấp hành Đảng bộ «pk» {p} lần thứ {rng.randint(2, 30)}"
        lead = (f"{when}, Ban Chấp hành Đảng bộ «pk» {p} tổ chức hội nghị lần thứ {rng.randint(2, 30)} để đánh giá "
                f"tình hình thực hiện nhiệm vụ và triển khai phương hướng thời gian tới. Đồng chí {w('bt')}, "
                f"Bí thư «PU» {p} chủ trì hội nghị.")
        people = (f"Đồng chí {w('ct')}, Phó Bí thư «PU», Chủ tịch UBND «pk» {p} trình bày báo cáo tình hình "
                  f"kinh tế - xã hội. Dự hội nghị có đồng chí {w('pbt')}, Phó Bí thư Thường trực «PU» {p}.")
        chair = "Bí thư «PU»"
    elif kind == 2:
        head = f"Ủy ban MTTQ Việt Nam «pk» {p} tổng kết công tác Mặt trận năm {day.year}"
        lead = (f"{when}, Ủy ban MTTQ Việt Nam «pk» {p} tổ chức hội nghị tổng kết công tác Mặt trận năm {day.year}. "
                f"Đồng chí {w('mt')}, Chủ tịch Ủy ban MTTQ Việt Nam «pk» {p} chủ trì hội nghị.")
        people = (f"Dự hội nghị có đồng chí {w('pbt')}, Phó Bí thư Thường trực «PU» {p} và đồng chí {w('dv')}, "
                  f"Trưởng Ban Dân vận «PU» {p}.")
        chair = "Chủ tịch Ủy ban MTTQ Việt Nam «pk»"
    elif kind == 3:
        head = f"Ban Dân vận «PU» {p} làm việc với «DU» {d}"
        lead = (f"{when}, đồng chí {w('dv')}, Trưởng Ban Dân vận «PU» {p} chủ trì buổi làm việc với «DU» "
                f"{d} về công tác dân vận và việc thực hiện quy chế dân chủ ở cơ sở.")
        people = (f"Tiếp và làm việc với đoàn có đồng chí {w('hbt', d)}, Bí thư «DU» {d} và đồng chí "
                  f"{w('hmt', d)}, Chủ tịch Ủy ban MTTQ Việt Nam «dk» {d}.")
        chair = "Trưởng Ban Dân vận «PU»"
    elif kind == 4:
        head = f"Lãnh đạo «pk» {p} thăm, chúc Tết tại «dk» {d}"
        lead = (f"{when}, đoàn công tác của «pk» {p} do đồng chí {w('ct')}, Chủ tịch UBND «pk» {p} dẫn đầu đã đến "
                f"thăm, chúc Tết các gia đình chính sách và tặng quà cho hộ nghèo tại «dk» {d}.")
        people = (f"Cùng đi có đồng chí {w('pct')}, Phó Chủ tịch UBND «pk» {p}. Tiếp đoàn có đồng chí "
                  f"{w('hct', d)}, Chủ tịch UBND «dk» {d}.")
        chair = "Chủ tịch UBND «pk»"
    elif kind == 5:
        head = f"Đại hội đại biểu Đoàn TNCS Hồ Chí Minh «pk» {p}"
        lead = (f"{when}, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh «pk» {p} khai mạc trọng thể. Dự đại hội có đồng "
                f"chí {w('pbt')}, Phó Bí thư Thường trực «PU» {p}.")
        people = f"Đồng chí {w('td')}, Bí thư «PY» {p} trình bày báo cáo chính trị tại đại hội."
        chair = "Phó Bí thư Thường trực «PU»"
    elif kind == 6:
        head = f"«DU» {d} tổng kết công tác xây dựng Đảng"
        lead = (f"{when}, «DU» {d} («pk» {p}) tổ chức hội nghị tổng kết công tác xây dựng Đảng. "
                f"Đồng chí {w('hbt', d)}, Bí thư «DU» {d} chủ trì hội nghị.")
        people = (f"Dự hội nghị có đồng chí {w('dv')}, Trưởng Ban Dân vận «PU» {p} và đồng chí {w('hct', d)}, "
                  f"Chủ tịch UBND «dk» {d}.")
        chair = "Bí thư «DU»"
    else:
        head = f"Thường trực «PU» {p} làm việc với Ủy ban MTTQ Việt Nam «pk»"
        lead = (f"{when}, Thường trực «PU» {p} làm việc với Ủy ban MTTQ Việt Nam «pk» {p}. Đồng chí {w('pbt')}, "
                f"Phó Bí thư Thường trực «PU» {p} chủ trì buổi làm việc.")
        people = (f"Dự buổi làm việc có đồng chí {w('mt')}, Chủ tịch Ủy ban MTTQ Việt Nam «pk» {p} và đồng chí "
                  f"{w('dv')}, Trưởng Ban Dân vận «PU» {p}.")
        chair = "Phó Bí thư Thường trực «PU»"
    closing = rng.choice(CLOSING).format(chair_role_short=f"đồng chí {chair}")
    author = f"{rng.choice(['Minh', 'Thanh', 'Hồng', 'Phương', 'Kim'])} {rng.choice(['Anh', 'Châu', 'Ngọc', 'Tú'])}"
    text = "\n\n".join([head, lead, people, *filler, closing, author]) + "\n"
    for token, word in (("«PU»", COMMITTEE[place.kind]), ("«pk»", place.kind), ("«PY»", YOUTH[place.kind]),
                        ("«DU»", COMMITTEE[dk]), ("«dk»", dk)):
        text = text.replace(token, word)
    return text[0].upper() + text[1:]



def make_corpus(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """Write ``n`` articles into ``folder`` (000000.txt, ...) and return their paths."""
    world = build_world(seed)
    rng = random.Random(seed + 1)
    weights = zipf_weights(len(world.places))
    span = (END - START).days
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        place = rng.choices(world.places, weights=weights)[0]
        district = rng.choices(place.districts, weights=zipf_weights(len(place.districts)))[0]
        day = START + timedelta(days=rng.randint(0, span))
        path = folder / f"{i:06d}.txt"
        path.write_text(compose(world, rng, place, district, day, i), encoding="utf-8")
        out.append(path)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("-n", "--articles", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    files = make_corpus(args.out, args.articles, args.seed)
    size = sum(p.stat().st_size for p in files) / max(1, len(files))
    print(f"wrote {len(files)} articles to {args.out} (mean {size / 1024:.1f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
