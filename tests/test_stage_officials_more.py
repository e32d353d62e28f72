"""Who can be an official (kg.extract.officials), on names written for it."""
from __future__ import annotations

from kg.extract.officials import is_person


def test_a_religions_branch_written_like_a_name_is_no_person():
    # "Cao" is a family name, but "Cao Đài ..." names the religion's branches
    assert not is_person("Cao Đài Tiên Thiên") and not is_person("Cao Đài Ban Chỉnh Đạo")
    assert is_person("Cao Đình Khải")
