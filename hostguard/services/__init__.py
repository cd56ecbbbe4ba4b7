"""Meeting-service adapters behind one interface with declared capabilities, and shared HTTP behaviour (no Qt)."""
