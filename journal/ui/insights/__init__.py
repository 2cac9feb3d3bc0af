"""The Insights window: charts and plain captions of patterns in the record."""
