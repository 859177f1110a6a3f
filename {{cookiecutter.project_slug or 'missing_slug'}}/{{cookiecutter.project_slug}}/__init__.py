"""The pages of the app and the helpers they share."""
