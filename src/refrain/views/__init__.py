"""Presentation shared by the web UI and the static report: charts and formatting.

- :mod:`refrain.views.charts`: inline SVG pictures (a timeline, volume bars, a number line), no scripts;
  :mod:`refrain.views.network` (speakers quoted together) and :mod:`refrain.views.flows` (who copies whom).
- :mod:`refrain.views.format`: figures as people read them.

Neither ``refrain.web`` nor ``refrain.report`` imports the other: what both need lives here.
"""
