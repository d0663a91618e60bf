"""The one wiring: every entry point (run, evaluate, archive) sends notes through the stages here.

Nothing outside `app/` (and the thin CLI in front of it) knows the stage order.
"""
