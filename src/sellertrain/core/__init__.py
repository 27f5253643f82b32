"""The Qt-free core: content, rendering, quiz engine, storage and reports."""
