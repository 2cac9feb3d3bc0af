"""Building blocks shared by every feature: widgets, dialogs, workers, file choosers."""
