"""The region's quality report in the app: table, summary pictures, link check and freshness."""
