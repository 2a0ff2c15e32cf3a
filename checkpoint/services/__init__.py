"""checkpoint.services"""
