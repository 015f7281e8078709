"""Scripts shipped with rngscope; `rngscope run` with no SCRIPT runs sharing_streams.py."""
