"""The AppTest suite of the app."""
