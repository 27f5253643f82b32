"""The learner's screens: outline, lesson reader, quiz runner, results, progress."""
