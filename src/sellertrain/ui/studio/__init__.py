"""The author studio: content tree, editor, live preview, problems, publishing."""
