"""The guidance ftaudit ships: the article, supplementary guidance, criteria, platforms and prices (data only)."""
