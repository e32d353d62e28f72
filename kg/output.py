"""Writing output files so that a crash never leaves half a file, or half a set, behind.

One file: ``atomic_write`` / ``atomic_write_with`` / ``AtomicFile`` write a temporary file beside
the target and rename it over it. A failure to write (no permission, disk full, a folder that
cannot be made) is an ``OutputError``: one line naming the path, and still an ``OSError``.

A build's set of files: ``OutputSet(folder)``

    with OutputSet(out) as outs:          # takes the folder's lock, finishes or clears leftovers
        write into outs.staging / "kg.ttl", outs.staging / "graph.html", ...
        outs.commit()                     # they appear together

- the files are written into a staging folder inside ``folder`` (``.kg-staging.<pid>.<random>``);
- ``commit()`` writes a journal (``.kg-commit.json``, atomically: the moment the new set is
  decided), renames each staged file into place, removes what the set drops, and deletes the
  journal. A build killed before the journal leaves the old set untouched; one killed after it
  has its set completed by the next build (or ``recover(folder)``). Without commit(), the staging
  folder is removed;
- the lock (``.kg-build.lock``, an flock the system releases when the process dies) refuses a
  second build into the same folder with ``FolderBusy``, which says which process holds it;
- leftovers of killed builds (staging folders, ``.*.tmp`` files of dead processes) are removed
  when the lock is taken.
"""
from __future__ import annotations

import errno
import json
import os
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import Callable, Iterable, Optional

from kg.errors import UsageError

LOCK_NAME = ".kg-build.lock"
JOURNAL_NAME = ".kg-commit.json"
STAGING_PREFIX = ".kg-staging."
_TMP_RE = re.compile(r"^\..+\.(\d+)\.[^.]+\.tmp$")          # .kg.ttl.<pid>.<random>.tmp
_OLD_TMP_RE = re.compile(r"^\.(kg\.ttl|kg\.trig|graph\.html|build-report\.json)\.[^.]+\.tmp$")


class OutputError(UsageError, OSError):
    """An output that cannot be written: one line, naming the path and the reason."""

    def __str__(self) -> str:
        return str(self.strerror)


class FolderBusy(UsageError):
    """Another build holds the output folder's lock."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _output_error(path: Path, e: OSError) -> OutputError:
    if isinstance(e, OutputError):
        return e
    why = e.strerror or str(e)
    if e.errno in (errno.EEXIST, errno.ENOTDIR):
        why = "a part of the path is a file, not a folder"
    return OutputError(e.errno or errno.EIO, f"cannot write {path}: {why}")


def _mkstemp(path: Path) -> tuple[int, str]:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise _output_error(path, e) from None


def atomic_write_with(path: str | Path, write: Callable[[str], None]) -> Path:
    """Call write(temporary path) for a file beside `path`, then rename it over `path`.

    The temporary file gets the permissions a normally created file would (umask), is
    flushed to disk before the rename, and is removed if anything fails.
    """
    path = Path(path)
    fd, tmp = _mkstemp(path)
    os.close(fd)
    try:
        os.chmod(tmp, 0o666 & ~_umask())
        write(tmp)
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(e, OSError):
            raise _output_error(path, e) from None
        raise
    return path


def atomic_write(path: str | Path, data: bytes | Iterable[bytes]) -> Path:
    """Write `data` (bytes, or an iterable of byte chunks written as they come) atomically."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        return atomic_write_with(path, lambda tmp: Path(tmp).write_bytes(data))

    def write(tmp: str) -> None:
        with open(tmp, "wb") as f:
            for chunk in data:
                f.write(chunk)
    return atomic_write_with(path, write)


class AtomicFile:
    """A file written in pieces that appears at `path` only on commit(); abort() (or a crash)
    leaves whatever was at `path` before untouched.

        out = AtomicFile(path)
        out.write(b"...")
        out.commit()
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        fd, self._tmp = _mkstemp(self.path)
        os.chmod(self._tmp, 0o666 & ~_umask())
        self._f = os.fdopen(fd, "wb")

    def write(self, data: bytes) -> None:
        try:
            self._f.write(data)
        except OSError as e:
            raise _output_error(self.path, e) from None

    def commit(self) -> Path:
        try:
            self._f.flush()
            os.fsync(self._f.fileno())
            self._f.close()
            os.replace(self._tmp, self.path)
        except OSError as e:
            raise _output_error(self.path, e) from None
        return self.path

    def abort(self) -> None:
        if not self._f.closed:
            self._f.close()
        try:
            os.unlink(self._tmp)
        except FileNotFoundError:
            pass

    def __enter__(self) -> "AtomicFile":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self._f.closed:
            self.abort()


# ------------------------------------------------------------------------------ a set of files

def _fault(moment: str) -> None:
    """Test hook: KG_TEST_KILL_AT=<moment> kills this process there (tests/test_hardening_faults.py)."""
    if os.environ.get("KG_TEST_KILL_AT") == moment:
        os.kill(os.getpid(), 9)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def recover(folder: str | Path) -> Optional[list[str]]:
    """Finish a commit a killed build had decided (its journal is there): the staged files it
    names are renamed into place, the files it drops removed. Returns the names moved, or None
    when there was nothing to finish. Call with the folder's lock held (OutputSet does)."""
    folder = Path(folder)
    journal = folder / JOURNAL_NAME
    try:
        plan = json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        journal.unlink(missing_ok=True)     # a journal is written atomically: this is not one
        return None
    staging = folder / plan["staging"]
    for name in plan["files"]:
        if (staging / name).exists():
            os.replace(staging / name, folder / name)
    for name in plan.get("remove", []):
        (folder / name).unlink(missing_ok=True)
    _fsync_dir(folder)
    journal.unlink(missing_ok=True)
    shutil.rmtree(staging, ignore_errors=True)
    return list(plan["files"])


def clean_stale(folder: str | Path, min_age: float = 60.0) -> list[Path]:
    """Remove what killed builds and writers left in `folder`: staging folders and temporary
    files of processes that are gone (older unnamed temporaries of the build's files after
    `min_age` seconds). Call with the lock held. Returns what was removed."""
    folder = Path(folder)
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for e in entries:
        name = e.name
        if name.startswith(STAGING_PREFIX) and e.is_dir(follow_symlinks=False):
            pid = name[len(STAGING_PREFIX):].split(".")[0]
            if not (pid.isdigit() and int(pid) != os.getpid() and _alive(int(pid))):
                shutil.rmtree(e.path, ignore_errors=True)
                removed.append(Path(e.path))
        elif name.endswith(".tmp") and e.is_file(follow_symlinks=False):
            m = _TMP_RE.match(name)
            if m and int(m.group(1)) != os.getpid() and not _alive(int(m.group(1))):
                Path(e.path).unlink(missing_ok=True)
                removed.append(Path(e.path))
            elif not m and _OLD_TMP_RE.match(name) and now - e.stat().st_mtime > min_age:
                Path(e.path).unlink(missing_ok=True)
                removed.append(Path(e.path))
    return removed


class OutputSet:
    """The files of one build, appearing in `folder` together or not at all; see the module
    docstring. `staging` is where to write them; commit() puts them in place."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.staging: Optional[Path] = None
        self.removed: list[Path] = []
        self._lock_fd: Optional[int] = None
        self._drop: list[str] = []
        self._committed = False

    # -- the lock
    def _lock(self) -> None:
        import fcntl

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o666 & ~_umask())
        except OSError as e:
            raise _output_error(self.folder, e) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
            os.close(fd)
            raise FolderBusy(f"{self.folder}: another build is writing to this folder ({holder or 'a running kg'}); "
                             "wait for it to finish, or build into another folder with -o") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, since {time.strftime('%Y-%m-%d %H:%M:%S')}".encode(), 0)
        self._lock_fd = fd

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)         # releases the flock; the file stays, empty of meaning
            self._lock_fd = None

    # -- the set
    def open(self) -> "OutputSet":
        self._lock()
        try:
            recover(self.folder)
            self.removed = clean_stale(self.folder)
            self.staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}.", dir=self.folder))
        except OSError as e:
            self._unlock()
            raise _output_error(self.folder, e) from None
        except BaseException:
            self._unlock()
            raise
        return self

    def drop(self, name: str) -> None:
        """An old file of the set that this build does not make (so that it is not left beside
        the new ones): removed at commit."""
        self._drop.append(name)

    def commit(self, paths: Iterable[Path] = ()) -> list[Path]:
        """Put the staged files in place together. `paths` (staged paths a writer returned) are
        given back as their final paths."""
        assert self.staging is not None, "open() first"
        names = sorted(p.name for p in self.staging.iterdir() if not p.name.endswith(".tmp"))
        for name in names:
            with open(self.staging / name, "rb") as f:
                os.fsync(f.fileno())
        _fault("before-journal")
        plan = {"staging": self.staging.name, "files": names,
                "remove": [n for n in self._drop if n not in names]}
        atomic_write(self.folder / JOURNAL_NAME, json.dumps(plan).encode("utf-8"))
        _fault("after-journal")
        for i, name in enumerate(names):
            os.replace(self.staging / name, self.folder / name)
            if i == 0:
                _fault("mid-rename")
        for name in plan["remove"]:
            (self.folder / name).unlink(missing_ok=True)
        _fsync_dir(self.folder)
        (self.folder / JOURNAL_NAME).unlink(missing_ok=True)
        shutil.rmtree(self.staging, ignore_errors=True)
        self._committed = True
        return [self.folder / Path(p).name if Path(p).parent == self.staging else Path(p) for p in paths]

    def close(self) -> None:
        """Release the folder; without commit(), the staged files are thrown away."""
        try:
            if self.staging is not None and not self._committed:
                shutil.rmtree(self.staging, ignore_errors=True)
        finally:
            self._unlock()

    def __enter__(self) -> "OutputSet":
        return self.open()

    def __exit__(self, *exc) -> None:
        self.close()
