"""The inspecting commands, one module each; ``common`` holds their shared options."""
