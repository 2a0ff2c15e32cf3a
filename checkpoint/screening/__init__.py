"""checkpoint.screening"""
