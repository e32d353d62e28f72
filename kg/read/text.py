"""Former home of decoding, normalising and the Article (now kg.read.decode, kg.read.normalise
and kg.read.article). Kept so that imports elsewhere go on working until they are moved."""
from kg.read.article import Article, read_file  # noqa: F401
from kg.read.decode import Decoded, decode, encode_legacy  # noqa: F401
from kg.read.normalise import Normalised, fold, modern_tones, normalise  # noqa: F401


def read_article(path, source):
    """Read, decode and normalise one article file (any format the registry knows)."""
    from kg.read import read_path
    return read_path(path, source)
