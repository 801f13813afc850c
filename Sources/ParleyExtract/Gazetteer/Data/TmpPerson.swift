let personTable = #"""
Sergey Lavrov	Sergei Lavrov	RUS	Foreign Minister	GOV	2004-03-09	
Vladimir Putin		RUS	President	GOV	2012-05-07	
"""#
