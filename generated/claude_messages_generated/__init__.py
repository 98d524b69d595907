"""placeholder until scripts/generate runs"""
