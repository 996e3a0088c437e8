"""The MCP server: ``audit`` and ``inspect`` as tools (needs the ``mcp`` extra)."""
