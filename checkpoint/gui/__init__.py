"""checkpoint.gui"""
