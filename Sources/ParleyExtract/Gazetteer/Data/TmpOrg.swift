let organizationTable = #"""
menafn	MENAFN		organization	MED	
un	United Nations	UN|U.N.	organization	IGO	
"""#
