"""Speech and sound: spoken cues rendered ahead of time and played on the beat."""
