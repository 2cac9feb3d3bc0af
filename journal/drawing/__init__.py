"""Drawing with Qt outside any widget: the PDF export, the plans PDF, charts, image thumbnails.

Uses PySide6 (QtGui, QtCharts) but never `journal.ui`, and never creates the Qt application:
the caller does (the app, the self-check, the tests' `qapp` fixture).
"""
