from common import d
C = ["CONDUCT"]
def di(text, acct, plat, trig, exp=None, fire=False):
    return d("discrimination", text, acct, plat, trig, exp or C, fire=fire)

DRAFTS = [
    di("Travellers have pitched up on Ridgeway rec again. Residents are advised to lock sheds and keep an eye on their vans until they move on.", "C", "F", "treats Travellers as presumed thieves"),
    di("We're recruiting! Apprentice Groundskeeper. Ideal for a school leaver – we're looking for young, fresh faces to join the team.", "C", "L", "age-discriminatory job advert"),
    di("Reception Assistant wanted: must be a bubbly young lady with a nice telephone manner.", "S", "F", "sex- and age-discriminatory job advert"),
    di("Town centre update: the gypsy lot have gone and the clean-up bill is, as usual, on the taxpayer.", "C", "X", "derogatory collective stereotyping of Gypsies"),
    di("Reminder that our disabled parking bays are for the genuinely disabled, not people who just limp a bit when they see a warden 😉", "S", "X", "mocking disabled people and implying fraud"),
    di("Cllr Hale: 'Our new housing allocations should go to local families first, not people who can't even speak the language.'", "C", "F", "corporate post quoting language discriminating by national origin"),
    di("Senior Policy Officer role: the successful candidate will likely be a digital native with 3-5 years' experience. Recent graduates especially welcome.", "C", "L", "'digital native' and graduate preference as age bias"),
    di("Don't let the nutters win: mental health awareness week starts Monday!", "C", "I", "derogatory mental-health language in a council post"),
    di("Roma families have moved into Carlton Street. We know residents have concerns about noise and rubbish and we're monitoring the situation.", "C", "F", "attributes nuisance to an ethnic group"),
    di("Wheelchair users – the library's upstairs is not really for you, sorry. Try the mobile library instead, it's easier for everyone.", "S", "F", "excluding disabled users as a convenience"),
    di("The mosque extension on Hartley Road will bring more traffic and, let's be honest, a different kind of neighbour.", "M", "F", "religiously loaded othering by a councillor"),
    di("Blokes only need apply – the refuse rounds are heavy work and frankly not a job for a woman.", "S", "F", "sex-discriminatory recruitment"),
    di("Pikeys off the bypass by Friday, we've got an injunction. 👍", "S", "X", "ethnic slur against Travellers on a service account"),
    di("Free IT drop-in at Denham library. Even grandma can learn to send an email!!", "S", "I", "patronising ageist stereotype"),
    di("Council statement: we are aware of an encampment of travellers at Hob Lane. Experience tells us these groups leave a mess wherever they go.", "C", "X", "generalised negative stereotype of Travellers in a statement"),
    di("Our new housing officer Priya is lovely and her English is actually really good!", "C", "F", "condescending remark tied to ethnicity"),
    di("Ballot of council tenants: please help any elderly or 'simple' neighbours to fill their forms in.", "S", "F", "demeaning learning disability language"),
    di("Looking for a Youth Worker. Candidates should be under 30 to relate to the young people we serve.", "C", "L", "upper age limit in a job advert"),
    di("Fire safety talks for the Polish community. We know cooking habits are different so please pay attention!", "S", "F", "nationality stereotype in a fire safety post", fire=True),
    di("Funny how the fly-tipping always seems to start when the Irish Travellers arrive in town 🤔", "O", "X", "officer's personal account stereotyping an ethnic group"),
    di("Community cohesion event Sat: all welcome, even the ones who don't celebrate Christmas 😂", "C", "I", "faith-based jibe in a council event post"),
    di("Our walking group for the over 70s is a bit slow so if you're in a hurry this probably isn't the group for you. Sorry not sorry lol.", "S", "F", "mocks older participants"),
    di("Carnival Sunday is back! Steel bands, jerk chicken and hopefully none of the trouble you might expect from that crowd 😉", "C", "L", "racial stereotype attached to a Caribbean community event"),
]
