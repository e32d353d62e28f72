"""Reading articles: files and folders in, normalised text with offsets out."""
