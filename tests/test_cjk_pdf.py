"""Chinese in the PDFs: names and headings extract back as the same Chinese, from an embedded
subset of the system's CJK font; with no CJK font, one clear warning instead of boxes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from sellertrain.core.models import AccessRole, CertificateScope, Employee
from sellertrain.core.reports import exports
from sellertrain.core.reports.team import EmployeeProgress, TeamStatus
from sellertrain.core.store import Certificate
from sellertrain.pdf import fonts

NAMES = ("王芳", "陈杰", "欧阳娜娜")


def cjk_font_or_skip() -> str:
    from sellertrain.pdf.report import _ensure_app

    _ensure_app()
    family = fonts.use_cjk_font()
    if family is None:
        pytest.skip(
            "no CJK font on this machine (install fonts-noto-cjk or fonts-wqy-microhei): "
            "the embedding cannot be checked; the missing-font warning is tested below"
        )
    return family


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    from sellertrain.ui import translations

    translations.install("zh-CN")
    yield
    translations.install("en")


def extracted(path: Path) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(path).pages)


def embedded_fonts(path: Path) -> list[tuple[str, bool]]:
    """(base font name, has an embedded font file) for each font the pages use."""
    found = []
    for page in PdfReader(path).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        for font in resources.get_object().get("/Font", {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            has_file = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found.append((str(font.get("/BaseFont")), has_file))
    return found


def certificate(name: str) -> Certificate:
    return Certificate(
        id="c1",
        code="K7MX-Q2PA",
        employee_id="e1",
        scope_kind=CertificateScope.MODULE,
        scope="Rules",
        title="平台规则",
        score=92.0,
        issued_at="2026-03-02T10:00:00+00:00",
        expires_at=None,
        employee_name=name,
    )


def test_the_certificate_keeps_a_chinese_name_and_embeds_only_a_subset(
    chinese: None, tmp_path: Path
) -> None:
    from sellertrain.pdf.certificate import write_certificate_pdf

    family = cjk_font_or_skip()
    target = tmp_path / "certificate.pdf"
    write_certificate_pdf(certificate(NAMES[0]), NAMES[0], target, "跨境卖家培训")
    text = extracted(target)
    for expected in (
        NAMES[0],
        "结业证书",
        "兹证明",
        "平台规则",
        "跨境卖家培训",
        "验证码",
        "K7MX-Q2PA",
    ):
        assert expected in text, f"{expected!r} not extracted from: {text!r}"
    used = embedded_fonts(target)
    assert used and all(has_file for _, has_file in used), used
    cjk = [name for name, _ in used if family.replace(" ", "") in name.replace(" ", "")]
    assert cjk, f"{family} not among the fonts {used}"
    # only the glyphs used: the page is far smaller than the font file (megabytes)
    assert target.stat().st_size < 400_000


def test_the_team_report_keeps_chinese_names_headings_and_statuses(
    chinese: None, tmp_path: Path
) -> None:
    from sellertrain.pdf.team_report import write_team_pdf

    cjk_font_or_skip()
    rows = [
        EmployeeProgress(
            employee=Employee(f"e{i}", name, AccessRole.LEARNER, "物流部"),
            required=4,
            required_done=i,
            quizzes_passed=i,
            average_best_score=80.0,
            last_activity="2026-03-02T10:00:00+00:00",
            status=status,
            overdue=(),
            next_due=None,
        )
        for i, (name, status) in enumerate(
            zip(
                NAMES,
                (TeamStatus.COMPLETE, TeamStatus.OVERDUE, TeamStatus.NOT_STARTED),
                strict=True,
            )
        )
    ]
    html = exports.team_report_html(
        rows, {"物流": 60.0}, [], [0] * 10, [], "跨境卖家培训", "2026-03-31", False, None, "zh-CN"
    )
    target = tmp_path / "team.pdf"
    write_team_pdf(html, rows, target, language="zh-CN")
    text = extracted(target)
    for expected in (*NAMES, "物流部", "团队报告", "团队进度", "姓名", "已逾期", "未开始"):
        assert expected in text, f"{expected!r} not extracted"
    assert all(has_file for _, has_file in embedded_fonts(target))


def test_without_a_cjk_font_one_warning_says_how_to_install_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fonts, "_warned", False)
    warning = fonts.missing_font_warning(available=[])
    assert warning is not None and "fonts-noto-cjk" in warning and "empty boxes" in warning
    assert fonts.missing_font_warning(available=[]) is None  # once, not at every PDF
    monkeypatch.setattr(fonts, "_warned", False)
    assert fonts.missing_font_warning(available=["DejaVu Sans", "Noto Sans CJK SC"]) is None


def test_the_families_searched_cover_windows_macos_and_linux() -> None:
    assert fonts.find_cjk_family(["Arial", "Microsoft YaHei"]) == "Microsoft YaHei"
    assert fonts.find_cjk_family(["PingFang SC"]) == "PingFang SC"
    assert fonts.find_cjk_family(["noto sans cjk sc"]) == "noto sans cjk sc"
    assert fonts.find_cjk_family(["DejaVu Sans", "Liberation Serif"]) is None


def test_the_command_line_warns_once_in_its_language(
    qapp: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from sellertrain.cli.common import prepare_pdf
    from sellertrain.ui import translations

    monkeypatch.setattr(fonts, "_warned", False)
    monkeypatch.setattr(fonts.QFontDatabase, "families", staticmethod(lambda *_a: []))
    try:
        assert prepare_pdf(argparse.Namespace(lang="zh-CN")) == "zh-CN"
        prepare_pdf(argparse.Namespace(lang="zh-CN"))
    finally:
        translations.install("en")
    err = capsys.readouterr().err
    assert err.count("sellertrain: warning:") == 1
    assert "未找到中文（CJK）字体" in err and "fonts-noto-cjk" in err
