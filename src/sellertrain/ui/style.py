"""The look of the app: one palette, the widget style sheet and the lesson style sheet."""

from __future__ import annotations

ACCENT = "#1a56db"
STATUS_COLOURS = {
    "not started": "#6b7280",
    "in progress": "#b06000",
    "completed": "#1a56db",
    "quiz passed": "#137333",
    "needs refresh": "#c5221f",
}

APP_STYLE_SHEET = f"""
QWidget {{ font-size: 10.5pt; }}
QLabel#screenTitle {{ font-size: 17pt; font-weight: 600; color: #111827; }}
QLabel#screenSubtitle {{ color: #4b5563; }}
QLabel.error, QLabel#signInError, QLabel#firstRunError {{ color: #c5221f; }}
QPushButton {{ padding: 6px 14px; border-radius: 4px; border: 1px solid #c7ccd4;
    background: #ffffff; }}
QPushButton:hover {{ background: #f1f4f9; }}
QPushButton:disabled {{ color: #9ca3af; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT};
    font-weight: 600; }}
QPushButton[primary="true"]:hover {{ background: #1646b8; }}
QPushButton[primary="true"]:disabled {{ background: #9db4ea; border-color: #9db4ea; }}
QProgressBar {{ border: 1px solid #c7ccd4; border-radius: 4px; background: #eef1f5;
    text-align: center; height: 16px; }}
QProgressBar::chunk {{ background: #137333; border-radius: 3px; }}
QToolBar {{ spacing: 8px; padding: 4px; border-bottom: 1px solid #e5e7eb; background: #f8fafc; }}
QFrame#banner {{ background: #fdecea; border: 1px solid #f3b7b2; border-radius: 4px; }}
QFrame#infoBanner {{ background: #e8f0fe; border: 1px solid #b8cdf8; border-radius: 4px; }}
QFrame#card {{ background: #ffffff; border: 1px solid #e5e7eb; border-radius: 6px; }}
QRadioButton, QCheckBox {{ padding: 7px 4px; spacing: 10px; }}
QTreeWidget, QTableWidget, QListWidget, QTableView {{ border: 1px solid #e5e7eb; }}
"""

LESSON_STYLE_SHEET = """
body { color: #1f2937; }
h1 { font-size: 20pt; font-weight: 600; color: #111827; margin-bottom: 6px; }
h2 { font-size: 15pt; font-weight: 600; color: #1a3e8a; margin-top: 22px; margin-bottom: 6px; }
h3 { font-size: 12.5pt; font-weight: 600; color: #1f2937; margin-top: 14px; }
p { line-height: 140%; margin-bottom: 8px; }
li { margin-bottom: 4px; }
table { border-collapse: collapse; }
th { background-color: #eef1f5; font-weight: 600; padding: 6px; }
td { padding: 6px; }
code { font-family: monospace; background-color: #f3f4f6; }
blockquote { color: #4b5563; margin-left: 16px; }
a { color: #1a56db; }
.missing-image { color: #c5221f; }
"""
