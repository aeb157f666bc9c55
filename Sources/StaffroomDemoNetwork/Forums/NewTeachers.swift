extension DemoNetwork {
    /// Early-career teachers' questions: behaviour routines, planning, marking, observations, parents and balance.
    static let newTeachersText = #"""
## Routines first: what happens in the first five minutes of your lessons?
@emily.clarke -84d 19:30
At the start of every year I ask my probationers the same question: what happens in the first five minutes of your lesson? Most of them can tell me in great detail what happens from minute 15 to minute 40, and almost nothing about the first five — which is exactly where most low-level disruption starts.

So, a share-your-routine thread. Mine, for S2 English:

1. I'm at the door. Every pupil gets a "hello" and their name.
2. A "do now" task is already on the board: three short questions, the last one a bit of a stretch.
3. Jotters out, date and title underlined, no talking for the first three minutes.
4. At minute five I take answers by cold call, not hands up.

It's dull. That's the point: if the start is dull and predictable, pupils spend their energy on the work rather than on working out what sort of lesson it's going to be. What does yours look like?

@priya.nair -84d 20:45
Primary version, Year 4: the children come in from the playground to a maths "morning task" already on the tables — usually one fluency question, one reasoning question and a concrete resource set out (Dienes or place-value counters). Calm music for two minutes, then it goes off, and that's the signal. No words needed. I've used the same routine for six years and the only thing I've changed is the playlist.

@pavel.novikov -83d 18:10
Thank you, this is very close to what my mentor Ivan tells me. One question about cold call: in my class (Year 8 for you, in Russia it is 7th grade, 13 years old) some pupils are very shy. If I ask them without a raised hand, they go red and say nothing. Is it not cruel?

@emily.clarke -83d 19:25
> If I ask them without a raised hand, they go red and say nothing.
Not cruel, if the routine makes it safe. Two things help. First, give thinking time before you name anyone: "Thirty seconds with your partner, then I'll ask a few of you." Second, make "I don't know yet" an acceptable answer, but not the end of it: "That's fine — listen to Sam's answer and I'll come back to you." And then genuinely come back. Shy pupils learn that being asked means being helped, not being caught out.

@james.okafor -83d 21:00
One addition from the accessibility side: put the "do now" on paper as well as on the board for any pupil who struggles to copy from a distance, and keep the board text large (at least 32 pt) on a plain background. Half of my "off-task at the start" pupils turned out to be pupils who simply couldn't read the board from the back row.

@anna.smirnova -82d 07:50
This is so useful. In my 2nd grade we do almost the same, we call it "минутка чистописания" — one line of handwriting before the lesson starts. I always thought about it only as handwriting practice, never as a behaviour routine. Now I see it does both jobs 🙂

@emily.clarke -82d 17:30
Exactly, Anna — the best routines always do two jobs at once. Thank you all; I'll be pointing this year's probationers to this thread.

## How long should planning one lesson take?
@pavel.novikov -76d 22:15
Second-year teacher, physics and maths, 24 lessons a week. Planning takes me about 1.5 hours for a new lesson and 30–40 minutes for a lesson I have taught before. This is more than 20 hours a week. My mentor says it is too much. What is normal in the UK? And what do you actually write down?

@priya.nair -75d 07:20
Honestly, 1.5 hours for a new lesson isn't unusual in the first couple of years, but it shouldn't stay there. At Fernhill we plan as a team: one person drafts the sequence for a unit and everyone adapts it. For a single lesson I write down only four things:
- the one thing they must understand;
- the worked example I'll model;
- the practice questions, with the tricky one marked;
- the exit question.

Everything else is in my head or on two or three slides.

@emily.clarke -75d 08:05
Pavel, one question to ask of every planning task: "Will the pupils notice the difference?" Beautiful slides — usually not. A well-chosen worked example and a carefully sequenced set of questions — yes, every time. Spend your 30 minutes on the questions.

@ivan.kuznetsov -75d 12:40
I confirm what colleagues say, in my not very good English. Pavel spends 40 minutes to find a perfect picture of a sliding block. The block does not need a portrait. Spend the time on the problems: order them from easy to hard and solve every one yourself before the lesson. Then you know where they will get stuck.

@pavel.novikov -74d 21:05
OK, I see a pattern here 😅 This week I tried: no new slides, only problems, and four things written down like Priya says. Planning a new lesson took 50 minutes. And the lesson was maybe better, because I knew which problem is the hard one.

@priya.nair -74d 21:40
That's a huge drop in a single week — well done. Keep every plan in a folder by unit, and next year those 50 minutes become 15.

## Marking workload: whole-class feedback instead of the red pen
@priya.nair -66d 18:00
Our ECTs keep telling me marking is what eats their evenings, so here's what we changed at Fernhill two years ago, in case it helps anyone.

We stopped writing individual comments in maths books. Instead, after a lesson I read through all 28 books (about 15 minutes, because I'm reading, not writing) and fill in one A4 sheet:
- who's secure, and who needs a quick catch-up the next morning;
- common misconceptions (this week: column subtraction when there's a zero in the tens column);
- one piece of great work to show under the visualiser;
- presentation points to mention to the whole class.

The next lesson starts with five minutes of feedback from that sheet and a short "fix-it" task that the children do in their books in green pen. They respond, and the evidence is right there on the page.

Parents were worried at first that "the books aren't marked". We showed them a book at parents' evening, they could see the green-pen corrections, and the questions stopped.

@emily.clarke -66d 19:30
We do a version of this in secondary English for extended writing, and it's cut my marking time for a set of 30 essays from about five hours to under two. The one thing I'd add: still write a short individual comment on the big assessed pieces, perhaps three a term. Pupils need to know that someone has read their own work, not just the class's.

@anna.smirnova -65d 08:15
In Russia we must put a mark (from 2 to 5) for many written works into the electronic journal, so we cannot fully stop marking. But the idea of one sheet with common mistakes I like very much. I will try it with dictations in my 2nd grade: I still give marks, but instead of writing the same correction 20 times, I show it once to everybody.

@pavel.novikov -65d 20:00
> Parents were worried at first that "the books aren't marked".
For us it would be the head of department, not the parents 🙂 But I think it is the same conversation.

@james.okafor -64d 17:45
Worth saying that whole-class feedback sheets are also easy to make accessible. I share mine as a document with proper headings, so pupils using a screen reader can jump straight to "Common mistakes". A photo of a handwritten sheet is much harder for them to use.

@priya.nair -64d 18:30
Good point, James — we've switched to typing ours for exactly that reason.

@elena.sokolova -60d 21:20
Thank you, I tried the sheet this week with my 3rd grade. There are only five children, so it is small, but it took 10 minutes instead of 40, and the children like the green pens very much.

## My first observed lesson is on Thursday — what do observers actually look at?
@elena.sokolova -56d 20:05
Hello. I am a first-year teacher in a small village school in Russia, and I write in English to practise, sorry for mistakes. On Thursday the deputy head and a methodist from the district will observe my lesson in the 3rd grade (Russian language, the topic is "the root of a word"). In the Russian forum colleagues have helped me very much, but I would also like to know: in the UK, what do observers look at in a first lesson? I am afraid they will count every small mistake.

@emily.clarke -56d 21:15
Elena, your English is perfectly clear. Here's what I look at when I observe a new teacher, roughly in this order:

1. Are the pupils learning? I look at their books and listen to what they say, not just at you.
2. Is the purpose of the lesson clear to the children? I'll often quietly ask one pupil, "What are you learning today?"
3. How do you check understanding before moving on?
4. Routines: how smooth are the transitions?

What I don't look at: whether you stumbled over a word, whether the timing was exact to the minute, whether the lesson was "exciting". A calm, ordinary lesson where the children clearly learn something is exactly what we want to see.

@james.okafor -56d 22:00
And a note from someone who's been observed a lot: tell the observer beforehand anything they should know — a pupil who's had a difficult week, a child who needs to sit near the door. It shows you know your class, and good observers take it into account.

@elena.sokolova -55d 19:10
> I'll often quietly ask one pupil, "What are you learning today?"
This is a good test. I will make sure the goal is written on the board in children's words, not in the words of the curriculum. Thank you!

@olga.petrova -55d 20:40
Elena, I add in English (sorry for my English too): in our tradition the observers also listen to your self-analysis after the lesson. Prepare three sentences: what you planned, what happened, what you will change. It is more important than a perfect lesson.

@elena.sokolova -52d 18:30
The lesson was today. Not everything was perfect: one group finished the task very early and I had no extra task for them. But the deputy head said the goal was very clear and that the children explained what a root is in their own words. From now on I will always have a task for early finishers. Thank you all 💐

@priya.nair -52d 19:05
Congratulations, Elena! "Always have a task for early finishers" is the lesson every one of us learned in exactly the same way.

## Parents' evenings: how do you fit a family into five minutes?
@anna.smirnova -40d 18:40
A question from the Russian side. In my school we have a "родительское собрание" — one meeting with all the parents of the class, 1–1.5 hours, and individual conversations only when needed. Our partner colleagues told me that in the UK you have parents' evenings with 5–10 minutes per family. How do you fit everything into 5 minutes? What do you say, and what do you do if a parent wants to talk for 20 minutes?

@priya.nair -40d 19:30
In primary we get 10 minutes per family, twice a year. The structure I share with ECTs:
- One genuine positive, specific to the child (not "she's lovely").
- Where they are now, with the book open on the table.
- One next step, and what the family can do at home (usually tiny: "practise the 7 times table in the car").
- Their questions.

For the 20-minute parent: I keep a clock visible, and at 8 minutes I say, "I can see there's a lot to talk about — let's book a proper meeting next week so I can give it the time it deserves." Then I put it in my diary in front of them.

@emily.clarke -39d 08:20
In secondary it's five minutes, and the queue is very visible, which helps. My advice to probationers: write three bullet points per pupil on a card in advance, and never say anything at parents' evening that comes as a surprise. If there's a serious concern, the family should have heard about it weeks earlier, by phone.

@anna.smirnova -39d 17:55
> never say anything at parents' evening that comes as a surprise
This is a very good rule, and I think it is true for our big meetings too. Thank you! I'll try the "one genuine positive" card in my next individual conversations.

@james.okafor -38d 12:30
A practical one: check in advance whether any parents need an interpreter or have access needs — a hearing loop, a step-free room. We ask on the booking form now, and it has made a real difference for several families.

## Work-life balance: what's your one rule?
@james.okafor -30d 20:00
Three ECTs have told me this week that they worked every evening through the last holiday. So, a simple thread: what's the ONE rule you keep to protect your time? Mine: no school email on my phone. It's on my laptop, and the laptop stays in the bag after 6 pm.

@priya.nair -30d 20:40
Friday night is sacred. I leave school by 5 on Fridays and nothing — planning, marking, data — comes home. I plan the following week by Thursday so that Friday is clear.

@emily.clarke -30d 21:10
I stop at 7 pm on weeknights, and I tell my probationers that I do — it matters that they see a mentor who isn't working all hours. If I do write an email late, it's scheduled to arrive at 8 am.

@pavel.novikov -29d 07:30
My rule is new: only two after-school clubs, not four. Last year I had the olympiad club, robotics, physics experiments and chess, and by November I slept 5 hours a night. This year my mentor said "choose two", and I chose. It was hard 😅

@elena.sokolova -29d 19:50
Sunday — no school. It is the forest, the bathhouse and my mother. It helps me more than anything else.

@james.okafor -28d 09:15
Lovely set of rules — and notice that none of them is "work faster". They're all about boundaries. Pinning this for the next intake.

## The first year in Scotland and in Russia: how does it actually work?
@anna.smirnova -120d 19:20
Since our schools are partners now, I'm curious: how does the first year of a new teacher work in Scotland? In Russia it is quite different from school to school. A graduate comes to a school, gets a full timetable (often 1.5 rates — "полторы ставки" — because the salary is not high), gets a mentor if the school has a mentoring programme, and is a "young specialist" for the first three years, which in many regions gives extra payments. There is no exam or assessment at the end of the first year. Is it similar for you?

@emily.clarke -120d 21:45
Anna, great question, and the short answer is: quite different. I'll try to explain it properly, because it's the thing our Russian visitors asked about most last spring.

In Scotland, most new teachers do their first year through the Teacher Induction Scheme. Every eligible student teacher who graduates from a Scottish university is guaranteed a one-year training post. You don't apply to a particular school; you list your preferred local authorities, the scheme allocates you to one, and the authority places you in a school. Some people tick the "preference waiver" box, which means they'll go anywhere in Scotland — there's an extra payment for that, and many of them end up in rural or island schools.

The key feature is a reduced timetable. A probationer has no more than 0.8 of a full-time teacher's class-contact time, and the rest is protected for professional learning: observing colleagues, working with their supporter, attending the authority's probationer days, reading. That time isn't meant to be used for cover — although every mentor will tell you it sometimes is, and we argue about it.

Each probationer has a named supporter (that's me, for two of ours this year). We meet weekly, in a slot that's on the timetable. I observe them regularly through the year, with a written record of each observation and a professional conversation afterwards.

At the end, the probationer is assessed against the GTCS Standard for Full Registration. There's an interim profile around December and a final profile towards the end of the school year, completed by the school and signed off by the head teacher. If it's satisfactory, the General Teaching Council for Scotland grants full registration. It isn't an exam — it's a judgement based on evidence gathered over the whole year — but it is a real gate.

Some honest caveats:
- The guaranteed post is for one year only. After that, new teachers apply for jobs like everyone else, and in some subjects and areas that's hard.
- The weekly meeting depends on the supporter actually having time, which isn't always the case.
- There's also a Flexible Route for people who can't do the scheme, such as supply teachers or those trained elsewhere. It takes longer and is less structured.

So, compared with what you describe: less teaching in the first year, a formal gate at the end, and mentoring as a requirement rather than a choice made by each school. What happens in Russia if a first-year teacher is really struggling? Is there ever a point at which someone says "not yet"?

@ivan.kuznetsov -119d 08:30
About "not yet" in Russia: formally, a teacher is attested for "correspondence to the position held" once in five years, and not earlier than two years after starting in the post. So in the first year nobody formally says "not yet". In practice it is the head teacher and the mentor who say it, informally, and sometimes too late.

@olga.petrova -119d 10:15
I add: there are also qualification categories, first and highest. They are voluntary — a teacher applies himself, and a category gives a higher salary. Young teachers usually apply after several years. And since about 2020 most regions have a "target model of mentoring" (целевая модель наставничества), so almost every school must have a mentoring programme now. At least on paper. "On paper" are the important words.

@emily.clarke -119d 17:40
> At least on paper.
We have a phrase for that too: "tick-box mentoring" 🙂 Olga, how are your mentors given time? Ours get it, in theory, from the probationer's protected time plus some of their own non-class-contact time.

@olga.petrova -119d 20:05
Honestly: usually no time at all. In some schools the mentor receives a small extra payment, in others nothing. In our gymnasium the mentor and the young teacher have a common free lesson ("окно") in the timetable — we ask the deputy head to plan it in August. It is the most valuable thing a school can give, more valuable than money.

@pavel.novikov -118d 21:30
About 0.8 — I am very jealous! 😄 In my first year I had 27 lessons a week, plus I was class teacher of a 6th grade, plus the olympiad club. In Russia the standard rate ("ставка") for a teacher is 18 lessons a week, and most young teachers take more, because salary is paid per hour. Nobody reduced anything because I was new.

@priya.nair -118d 22:10
England is different again, for comparison. Since 2021 we've had the Early Career Framework: induction lasts two years instead of one. ECTs get a 10% timetable reduction in the first year and 5% in the second, on top of normal planning time, plus a mentor and an induction tutor, with a formal assessment at the end of year two. So three countries, three models!

@james.okafor -117d 09:00
Moderator hat on for a moment: this is one of the most useful threads we've had, so I've pinned it. Carry on! And could someone explain the "young specialist" status? It comes up on every partner visit, and I've never quite understood it.

@marina.volkova -116d 19:45
James, I'll try. "Young specialist" (молодой специалист) is a status that a graduate usually has for the first three years of work, if they start teaching soon after college or university. The details depend on the region: usually a one-time payment at the start and a monthly supplement, sometimes help with housing. There is also a federal programme, "Земский учитель" ("Rural Teacher"): a teacher who moves to a village or a small town receives 1 million roubles (2 million in the Far East) and must work there for five years.

@elena.sokolova -116d 21:10
I am one of these young specialists 🙂 I came to Shunga not with "Земский учитель" but because it is my home village and my mother lives here. But two colleagues in our district came with the programme. One of them says the money was important at the start, but she stays because of the children, not because of the contract.

@emily.clarke -115d 18:00
Elena, that's lovely to hear. Can I ask you and Anna something practical? In your first weeks, who told you the "small things" — where the keys are, how to report an absence, what to do in a fire drill? In Scotland that's part of induction, and it's what probationers say mattered most in August.

@elena.sokolova -115d 20:30
Nobody, honestly. The headmistress gave me the keys and the timetable on 30 August, and the rest I learned from our school cleaner, who has worked here for 30 years and knows everything. Now I want to write a list of these small things for the next new teacher who comes to our school.

@anna.smirnova -114d 08:10
In my first year it was an older colleague from the classroom next door, not an official mentor. I think in Russia it is still very much "whoever is next door". This is why I want our network's mentoring programme to be more than paper.

@ivan.kuznetsov -113d 20:20
A question back to Emily, because I like counterexamples. What happens to a probationer who does not meet the Standard at the end of the year? Do they leave the profession?

@emily.clarke -113d 21:40
Not necessarily. The probation period can be extended, and the probationer gets more time, usually with a clear action plan and sometimes in a different school. It's rare, and it's taken very seriously — a "not yet" means a lot of paperwork and a lot of difficult conversations. But it exists, and I think that's partly why the support is taken seriously too: everyone knows the year ends with a judgement.

@olga.petrova -112d 19:15
I think this is the main difference. Your system: less teaching, strong support and a clear gate. Our system: full teaching from the first day, support that depends on the school, and almost no gate — the gate is whether the young teacher stays. In our district too many leave in the first three years.

I would take from you the reduced timetable and the weekly meeting in the timetable. I would not take the gate. I am not sure a young teacher in a village school with 9 children and slow internet needs one more judgement.

@emily.clarke -112d 21:00
That's fair, and honestly some of my colleagues would agree with you. What I'd steal from you: your methodical associations (I hope I've got the term right) — teachers of the same subject from different schools meeting regularly to look at lessons together. Outside the probation year we have nothing so regular.

@dmitry.lebedev -110d 10:30
Thank you, colleagues. Let me make this practical: the methodical centre will hold an online round table, "The first year: Scotland, England, Russia", with Emily, Priya and Olga, in English with Russian interpreting. The date will be confirmed in announcements; registration is already open here:
https://metod.crossroads-schools.example/events/round-table-first-year-scotland-england-russia
If you have questions for the panel, please write them in this thread.

@pavel.novikov -109d 22:00
A question for the panel: can a Russian school simply decide by itself to give a young teacher fewer hours and protected time, without a federal law? If yes, what do we need to convince a head teacher? (Asking for a friend. The friend is me from last year.)

@marina.volkova -108d 09:40
Pavel, good question — I've added it to the list for the round table. Short answer: yes, the school distributes the hours itself, within the staff it has. The hard part is not the law but who teaches those hours instead. Let's continue at the round table; until then, please keep this thread to comparisons of the systems rather than to salaries 🙂

## Seating plan for a physics lab with fixed benches?
@pavel.novikov -4d 21:10
Our physics lab has 7 benches fixed to the floor, 4 pupils at each, and the two side rows face each other, so half the class sits with their back or shoulder to the board. For experiments this is great, for explanations it is terrible: the back-to-board pupils turn around for 5 minutes and then stop. I cannot move the benches (gas and electricity are built in). Does anyone teach in a room like this? How do you do the seating plan, and do you move pupils between "explanation" and "experiment" places?

## Filming your own lesson: has anyone tried it for self-observation?
@anna.smirnova -2d 18:25
After Emily's posts about observation I had an idea: to film one of my own reading lessons on a phone and watch it myself, without any observer. Our school allows it if parents give consent, and the video stays only with me. Has anyone done this? What did you look at first — your own speech, the children, the timing? And how long did it take before you stopped noticing the camera?
"""#
}
