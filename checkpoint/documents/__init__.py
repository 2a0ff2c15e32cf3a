"""checkpoint.documents"""
