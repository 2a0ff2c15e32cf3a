"""Reference headquarters server."""
