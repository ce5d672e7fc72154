# more drafts and replies
from common import R
O = "other_id"
R("r","S",O,"Thanks – the abandoned Astra, reg PK15 UXW, outside 4 Denby Dale Road has been tagged for removal.",p=[("REG","PK15 UXW"),("A","4 Denby Dale Road")],case=True)
R("r","S",O,"Hi Joan, we've refunded the parking charge to account 31926819 – allow 5 days.",p=[("N","Joan"),("BANK","31926819")])
R("r","S",O,"Refund of £62 sent to IBAN GB13 HBUK 4012 7650 9381 72 as requested.",p=[("IBAN","GB13 HBUK 4012 7650 9381 72")])
R("r","S",O,"Hi Mr Dlamini, we've updated the care record for NHS number 9173452084.",p=[("N","Mr Dlamini"),("NHS","9173452084")])
R("r","S",O,"The payment on card 4917 6100 0000 0000 has been refunded, sorry for the double charge.",p=[("CARD","4917 6100 0000 0000")])
R("d","S",O,"Please never post your card details here. Genuine council staff will never ask for your PIN.")
R("r","S",O,"We've hidden your post as it showed your NHS number. Please DM us instead – Fiona")
N = "name_natural"
R("d","S",N,"Spotted by our street cleansing crew: Mrs Evadne Clarke, 84, keeping the bus stop on Northgate spotless with her own broom. Thank you!",p=[("N","Mrs Evadne Clarke")])
R("r","S",N,"Hi Stuart, thanks for the photos – we've sent a team.",p=[("N","Stuart")])
R("r","C",N,"Aww thank you Deborah, that's so kind!",p=[("N","Deborah")])
R("d","C",N,"Congratulations to Aled and Mererid Thomas of Llanon on opening their home as a warm space every Tuesday.",p=[("N","Aled"),("N","Mererid Thomas")])
R("r","S",N,"Hi Jacqui, yep – the van will be with you after lunch.",p=[("N","Jacqui")])
E = "evasion"
R("r","S",O,"Hi, we've hidden your comment as it had your phone number in it. Please DM us and we'll call you back.")
K = "case_linked"
R("r","S",K,"Hello, the assisted bin collection for 3 Whitebeam Close, TS5 7QH starts next Monday.",p=[("A","3 Whitebeam Close"),("PC","TS5 7QH")],case=True)
R("r","S",K,"Hi Anwar, your council tax account for 60 Laurel Street is now correct and the bill will follow.",p=[("N","Anwar"),("A","60 Laurel Street")],case=True)
R("r","S",K,"The empty homes officer will visit 27 Westbourne Road, HU5 3LB about the boarded windows.",p=[("A","27 Westbourne Road"),("PC","HU5 3LB")],case=True)
R("r","K",K,"Hi Liz – housing have confirmed the new windows at 11 Cedar Court go in on the 20th.",p=[("N","Liz"),("A","11 Cedar Court")],case=True)
R("r","S",K,"Sorry about the leak, Mr Begum. A roofer is booked for 70 Heather Road on Thursday.",p=[("N","Mr Begum"),("A","70 Heather Road")],case=True)
M = "mixed"
R("r","S",M,"Hi Naomi, you can reach me directly on planning@harrowfield.gov.uk; your neighbour's number 07700 900771 is in our notes for the site visit.",p=[("N","Naomi"),("PH","07700 900771")],o=[("E","planning@harrowfield.gov.uk")])
R("r","S",M,"Thanks for reporting the car, Phil – we've passed reg VN20 ACK to Northmoor Police on 101.",p=[("N","Phil"),("REG","VN20 ACK")],o=[("PH","101")])
R("d","S",M,"Found at Moorside Health Centre, 220 Ryecroft Lane: a bank card in the name of Abimbola Ade. Collect from reception.",p=[("N","Abimbola Ade")],o=[("A","Moorside Health Centre, 220 Ryecroft Lane")])
R("r","S",M,"Hi Keith, ring 0113 496 0720 about the boiler at 6 Lime Close, or email repairs@wendlebury.gov.uk.",p=[("N","Keith"),("A","6 Lime Close")],o=[("PH","0113 496 0720"),("E","repairs@wendlebury.gov.uk")],case=True)
R("r","S",M,"Hi Chantelle – if the damp at Flat 3, 19 Rowan Street returns, the duty line is 020 7946 0562. Your email chantelle.r@example.com is on file.",p=[("N","Chantelle"),("A","Flat 3, 19 Rowan Street"),("E","chantelle.r@example.com")],o=[("PH","020 7946 0562")],case=True)
