extension DemoNetwork {
    /// Project-based learning: cross-curricular projects, rubrics, group roles, showcases and the Aberdeen–Petrozavodsk exchange.
    static let projectLearningText = #"""
## Welcome — guidelines for sharing pupils' project work
@james.okafor -149d 09:00
Hello and welcome to Project-Based Learning. This forum is shared by colleagues in Scotland, England and Russia, so a few guidelines before we start:

- Post in English here. If English isn't your first language, please don't worry about perfection — clear is better than polished.
- Share pupils' work with first names or initials only. No faces in photos unless you have written consent, and never home addresses or pupils' email addresses.
- When you upload an image, add a one-line description for colleagues using screen readers, e.g. "Photo: Year 5 group measuring river depth with a metre stick".
- Rubrics, planning documents and templates are very welcome — please say the age group and roughly how many lessons they cover.

Questions about the forum itself go to me or to Marina.

@marina.volkova -149d 11:30
Thank you, James. For Russian colleagues: you may write in simple English, nobody will judge the grammar. If you need help to translate a long post, write to me.

@emily.clarke -148d 08:45
Thanks, James. Really looking forward to this — we've been talking about a shared project with School No. 12 since the spring.

## Aberdeen ↔ Petrozavodsk: "Two Rivers" joint project — planning and letters
@emily.clarke -130d 16:00
Right, let's make it official. Proposal for a joint project between Harbourside Academy and School No. 12, Petrozavodsk:

- Name: "Two Rivers". Both cities sit at the mouth of a river — the Dee (and the Don) for us, the Lososinka flowing into Lake Onega for you.
- Who: my S1 class (24 pupils, aged 12–13), across English, Geography and Science.
- Eight weeks, with letters exchanged every two weeks (four rounds).
- A river survey on each side using the same measurements: width, depth, surface speed, water temperature, litter count.
- A final showcase with a joint video call.

Anna, questions for you: which age groups on your side, what level of English, and what's the time difference at the moment?

@anna.smirnova -130d 19:40
Emily, thank you, I am very glad! Our side: I am primary teacher, my 2nd class (25 pupils, 8 years old) cannot write English yet. But our 6th class (26 pupils, they learn English from 2nd grade, level about A2) is ready, and their English teacher agreed. My idea: the 6th class writes letters, my children draw pictures of the Lososinka, and the 6th class writes short captions for them.

Time difference now is 3 hours (we have Moscow time all year, no summer time). So a call at 10:00 in Aberdeen is 13:00 here. Is it OK?

@emily.clarke -129d 08:30
> my children draw pictures of the Lososinka, and the 6th class writes short captions
I love this. And — did you know? — the Dee is one of Scotland's famous salmon rivers, and I've just learned that "Lososinka" comes from the Russian word for salmon. That's our hook for letter one: "Our river and the salmon". My S1s are a year older than your 6th class, which is close enough. 10:00/13:00 works on Tuesdays.

@sergey.orlov -129d 10:05
Tech side from School No. 12. Proposal:

- Letters are scanned to PDF, 300 dpi, one file per letter.
- Same folder structure on both sides, for example:
Two-Rivers/2024-25/letters/from-Petrozavodsk/round-01/6A_07_M-to-C.pdf
- Initials only in file names, no surnames.
- Video calls: our school network blocks some ports. I will test with your IT before the first call.

@james.okafor -129d 11:20
Sergey, I'm the IT side at Harbourside — happy to do a test call. Thursday 15:00 our time, 18:00 yours?

Also an accessibility request: can we agree that every scanned letter gets a typed transcript as well? Handwriting is lovely, but one pupil in Emily's class uses a screen reader, and many of your 6th graders will be reading handwritten English for the first time.

@sergey.orlov -129d 12:00
Thursday 18:00 OK. Transcripts — yes. A .txt file next to each PDF, same name.

@marina.volkova -128d 09:15
A gentle reminder from the moderators, because this thread will be long: photos of pupils go only to the closed project folder, not to the forum. In the forum — only texts, without surnames. Thank you!

@natalia.morozova -127d 20:30
I teach Russian literature, not English, but may I suggest something for the letters? Ask each pupil to include one word from their own language with an explanation. For example "ледоход" (ledokhod) — when the ice breaks and moves down the river in spring. For children, a word that does not exist in the other language is a small discovery.

@emily.clarke -127d 21:05
Natalia, brilliant — "ledokhod" is going straight into round two. In return my lot can explain "spate" (a river in flood) and probably "dreich", which every Aberdonian child knows from November onwards.

@emily.clarke -110d 17:30
Round one is in! 24 letters from Aberdeen, 26 from Petrozavodsk, so two of my pupils have two penfriends each — they are thrilled. Some favourite lines, shared with permission and without names:

> "In winter our river is white and we can walk on it. Can you walk on the Dee?"
> "We have seals at the mouth of the Don. Have you ever seen a seal?"
> "I am drawing our river for you. The blue is water and the white is ice. The brown dog is not in the river, he is my dog."

What didn't work: scans of letters written in pencil came out too faint, and we re-did six of them. Round two: pens only.

@anna.smirnova -110d 20:00
Emily, my 2nd class was very proud when I showed the letters with their pictures on the big screen. One girl asked "Do they have snow in Scotland?" 😊

One question: the Aberdeen children used many idioms, like "it's raining cats and dogs", and our 6th graders were confused. Can we ask them to write more simply?

@emily.clarke -109d 08:10
Of course — fair point, and a good lesson for my class about writing for an audience. I've made it a success criterion for round two: "Would a reader who learned English from a textbook understand every sentence?" They've started calling it "the Petrozavodsk test".

@elena.sokolova -105d 21:15
Hello, sorry for my English. I am a teacher in a small village school on Lake Onega. Can my pupils (4 children in 4th grade, they learn English for 2 years) join with one letter? Our internet is slow, we can send only photos of letters from a phone.

@anna.smirnova -105d 21:50
Elena, of course! Your village is on the same lake where the Lososinka flows — you are part of the "two rivers" already 🙂 Sergey will help with the phone photos.

@sergey.orlov -104d 09:00
Elena, phone photos are fine. Send them to the project mailbox, I will convert them. If the files are too big for your connection, set the phone camera to 2 MP — enough for handwriting.

@james.okafor -104d 10:00
And please add a transcript if you can — even a voice note where a child reads the letter aloud helps. We'll type it up here.

@emily.clarke -80d 15:40
Data time! Both classes did the river survey in the same week. We surveyed a shallow stretch of a burn that runs into the Dee (the Dee itself is far too deep and fast for S1); School No. 12 measured the Lososinka in the city park in October, before it froze.

- Width: 4.2 m here, 7.5 m there.
- Mean depth (5 points across): 0.31 m and 0.45 m.
- Surface speed (orange method over 10 m, median of 3 runs): 0.42 m/s and 0.60 m/s.
- Water temperature: 6 °C and 3 °C.
- Litter along 50 m of bank: 31 items and 12 items.

Flow = width × mean depth × speed × 0.85, which gives about 0.47 m³/s for our burn and 1.7 m³/s for the Lososinka. The full spreadsheet is in the shared folder. My class's first question: why is our bank so much dirtier?

@anna.smirnova -80d 18:20
Our 6th class was very proud: "our river is more clean!" Then they argued with each other, because we counted in October and a lot of litter was hidden under the fallen leaves. Honest science 🙂

@marina.volkova -60d 11:00
Summary of the thread for colleagues who join now:

1. "Two Rivers" = Harbourside S1 (24 pupils) + School No. 12 6th class (26) + the 2nd class drawings + Elena's four 4th graders.
2. Letters every two weeks; folder structure and transcripts are described in Sergey's and James's posts.
3. The river survey is done, the data is in the shared folder.
4. The final showcase with a video call is planned for the last week before the spring holidays — details in the showcase thread.

@emily.clarke -58d 17:45
Thank you, Marina. One more thing: three of my pupils have asked whether they can keep writing after the project ends. I said yes, through the school folder. That's the best assessment I could ask for.

@anna.smirnova -57d 19:30
The same here — five of our 6th graders asked this. Thank you, Emily! ❤️

## River survey with Year 5: a six-week plan (maths + geography + science)
@priya.nair -125d 19:00
Several people asked after I mentioned this in Primary Maths Lab, so here is the whole thing. Year 5, 30 children, six weeks, one afternoon a week (about two hours) plus a few maths lessons. Our site is a shallow beck that feeds the River Aire, ten minutes' walk from school, with a gravel bank where children can stand safely.

Driving question: "Is our beck healthy, and how would we know?"

1. Week 1 — Questions and safety. Children list everything they'd want to know about a river, then sort the questions into "we can measure it", "we can ask someone" and "we can't find out". We write the risk assessment together: nobody goes in deeper than their ankles, adults stand on the downstream side, and there's no visit at all after heavy rain. We check the flood warnings on the morning of every visit.
2. Week 2 — Tools. In class we make depth sticks (a metre stick with tape marks every 5 cm), practise with stopwatches, and estimate and then measure the width of the hall. Maths focus: cm and m, converting, reading scales to the nearest 5 cm.
3. Week 3 — First site visit. Groups of five with roles. Each group measures the width with a 10 m tape, the depth at five points across, and the surface speed with the orange method: drop an orange 10 m upstream of the finish line, time it, three runs, take the median. Why an orange? It floats low in the water, so the wind barely pushes it, and it's easy to see and fish out.
4. Week 4 — Back in class: data. Mean depth, speed = distance ÷ time, and then the big one: flow = width × mean depth × speed × 0.8. We multiply by 0.8 because water at the surface moves faster than water near the bed. The children were fascinated that scientists "adjust" numbers on purpose, and we talked a lot about why. Bar models helped enormously with the averages.
5. Week 5 — Second visit: life and litter. Kick sampling with a volunteer from the local wildlife trust (gloves, white trays, ID sheets), and a litter count along 50 m of bank, sorted into categories and tallied. Back in class: tally charts and bar charts; pie charts only for the Year 6 extension group, since they're Year 6 content.
6. Week 6 — Answering the question. Each group writes a one-page "beck health report" with one chart, one number they're confident about, one number they're not, and one recommendation. They presented to parents and to a dad who works in water treatment, who asked very good questions.

What went wrong:

- First visit: three of our six stopwatches were in lap mode. Now every stopwatch is tested in the playground before we leave.
- We lost two oranges to an overhanging branch. Now one child stands downstream with a fishing net, and it's the most popular job.
- Flow results from different groups at the same spot ranged from 0.1 to 0.9 m³/s. That turned out to be the best lesson of the whole project: measurement error is real, and the group that measured depth at only two points understood exactly why their answer was the odd one out.

Cost: about £15 for oranges, tape and one new stopwatch. Everything else was borrowed. The planning document and the data sheet are in the network folder if anyone wants them.

@emily.clarke -125d 21:00
Priya, this is superb. I'm stealing the orange method for S1 — we tried something similar with a dog biscuit years ago, but it sank 🙂 How did you assess it: individually or per group?

@priya.nair -124d 07:40
Mostly per group for the report, plus one individual maths check in week 4: each child calculated flow from a given set of data, not their own group's. That way a group's messy numbers didn't count against anyone.

@pavel.novikov -124d 20:10
Very nice plan. A question from a physics teacher: did the children ask where 0.8 comes from? In physics it depends on the river bed — usually from 0.8 to 0.9, and less for a rough stony bed. But for Year 5 maybe it is OK just to give it.

@priya.nair -124d 21:00
> did the children ask where 0.8 comes from?
One did! I gave her the honest answer: scientists measured lots of rivers both ways and found the surface is usually a bit faster. She now wants to test it with a float that hangs lower in the water. Year 6 project, maybe 😄

@james.okafor -123d 12:00
An accessibility note for anyone copying this: the orange method works brilliantly for a child with a visual impairment if a partner calls "start" and "now". We did exactly this with a pupil last year, and he ended up being his group's most consistent timer.

## School garden in a village school: one project for ages 7–10?
@elena.sokolova -100d 20:30
Hello. I am a first-year teacher in a small village school. I have a mixed class: 2nd, 3rd and 4th grade together, 11 children. Behind the school there is an old garden with 6 beds, nobody used it for 3 years. I want to make a spring project: children plant, measure, write.

But our summer is short — we plant at the end of May, and the first frost can come in September — and the school holidays start in June. How to make it not only "planting" but real learning? Any ideas for mixed ages are very welcome.

@priya.nair -100d 22:00
What a lovely project. Maths ideas by age, all from the same beds:

- Ages 7–8: measure the beds with hand spans, then with metre sticks; estimate the seeds in a packet, then count them in tens; measure a bean plant every day and make a simple bar chart.
- Ages 8–9: perimeter and area of the beds; how to share one bed into equal parts for each child; pictograms of what grew.
- Ages 9–10: a line graph of plant height over the weeks; a fair test (sun vs shade); the cost of seeds per plant.

Mixed ages work well if the older children "own" the data and the younger ones "own" the measuring.

@emily.clarke -99d 08:15
From the English side: a seed diary is the easiest writing routine I know. Three sentences a week — what I did, what I noticed, what I wonder. By June each child has a little book. And for your short season, radishes and peas are quick: radishes are ready in about four weeks, so the children see results before the holidays.

@elena.sokolova -99d 19:00
Thank you! Radishes — yes, good idea, children like them. But what about summer? Nobody will water the garden in June, July and August.

@anna.smirnova -99d 20:10
Elena, in our school we have a "summer watering list": parents and children sign up for one week each. It works if somebody has a key to the gate. In a village it may be easier — everybody lives near the school! And potatoes need little watering 🙂

@olga.petrova -98d 09:30
Elena, a suggestion from my experience: in September the children come back to their beds and harvest. That is the second part of the project, with weighing, counting and comparing with the spring predictions. Then the "end" of your project is not June but the first week of September, and your first lessons of the new year are already planned.

@elena.sokolova -60d 18:00
Update: we started today! It is too early for the garden, so we have seedlings on the windowsill, in cups from cut plastic bottles. 11 children, 33 cups of tomatoes and peas, each child measures his or her 3 cups every Monday. The 2nd graders are the best measurers, they are very serious 😊

## Community history archive: oral histories with grandparents
@marina.volkova -90d 17:00
Colleagues, I want to describe our project and ask for advice. In Kondopoga our 8th grade (22 pupils) collects a "people's history" of the town: interviews with grandparents and neighbours about work at the paper mill, school in the 1960s–80s, the wooden Church of the Dormition that stood on the lake shore until it burned in 2018. We have 31 interviews now (audio, 10–40 minutes each), 140 scanned photos and some letters.

Problems:

1. How to store and describe everything so that in 5 years somebody can find anything? Now it is one folder with files like "interview_new(2).m4a".
2. Consent: some old people agree to the interview, but not to publishing it on the internet.
3. How to assess the pupils — the interview itself or the work after it?

@james.okafor -90d 19:30
Marina, what a project. On storage, a few things that cost nothing:

- One spreadsheet as the catalogue: ID, date, interviewer (initials), interviewee (as agreed with them), topic tags, consent level, file names.
- File names from the ID, never from the content: KND-2024-017_audio.m4a, KND-2024-017_transcript.docx.
- Consent level as a column: A = public, B = school only, C = family only or closed until a given year.

And for accessibility, every interview needs a transcript. It's also where the real learning happens: transcribing ten minutes takes a pupil about an hour, and they hear every single word.

@marina.volkova -89d 10:15
> Consent level as a column
Thank you, James, this solves problem 2 directly. We will make a simple consent form with three boxes. Some grandmothers want to be in the archive but "without my voice" — then we will publish only the transcript.

@emily.clarke -89d 16:00
On assessment: we ran a smaller oral-history unit with S2 and assessed three things separately — the questions they prepared (before), the recording (during, mostly for listening and follow-up questions), and a 300-word "story from the interview" (after). The best marks went to the pupils who asked good follow-up questions, not to those with the most interesting grandparent, which felt fair.

@natalia.morozova -88d 19:40
Marina, one idea from literature: ask the pupils to write down the words the old people use and young people do not know. We did this in Vologda and got a small dictionary of 60 words, from "керосинка" to "сельпо". For English colleagues: a paraffin stove and the village shop.

@dmitry.lebedev -87d 09:00
The methodical centre can host the public part of the archive (consent level A) on the network's server, with backups. Marina, write to me when the catalogue is ready. Space is not a problem: 31 interviews in m4a are less than 1 GB.

@marina.volkova -40d 14:00
Update: the catalogue is done — 38 interviews, 29 with full transcripts. On Saturday nine pupils presented the archive in the town library. One of the women we interviewed came and corrected a date in our timeline in front of everyone. The pupils said this was the best moment of the whole project 🙂

## Rubrics for group projects: how do you grade individuals fairly?
@emily.clarke -115d 20:00
The eternal question. My current rubric for a four-week project (S1, English + Geography) has four criteria and four levels:

- Research: from "copied facts" to "chose and checked sources, and can explain why they trust them".
- Content: from "lists information" to "answers the driving question with evidence".
- Communication: from "reads the slides" to "adapts to the audience and handles questions".
- Collaboration: from "did their part when reminded" to "helped the group solve a problem".

My problem: collaboration is the criterion I see least and grade most generously. How do you assess it honestly?

@james.okafor -115d 21:10
We use peer assessment with a twist: each pupil distributes 100 points among the other members of the group (never themselves), with one sentence about each person. The averages are surprisingly consistent, and the sentences are gold when writing reports.

@priya.nair -114d 07:20
I'm wary of peer points with younger children — in Year 5 it turns into a popularity contest. What works for me is a contribution log: at the end of each session every child writes one line starting "Today I...". I read them weekly, and if a log says "I watched" three weeks running, that's a conversation, not a grade.

@pavel.novikov -113d 22:00
In our lyceum we tried a single-point rubric for a physics project: only the "meets expectations" column is written, and the columns left and right are empty, for comments "what is missing" and "what goes further". Pupils read the comments much more than they read numbers. But parents ask "so what is the mark?" 😅

@emily.clarke -112d 08:30
> Pupils read the comments much more than they read numbers.
Pavel, exactly my experience. I think I'll try a single-point rubric for Two Rivers and keep the four-level one for the report card. James, may I borrow the 100-points idea for S2?

@james.okafor -112d 09:00
Of course. One rule: the teacher sees the distributions, the pupils never do.

@anna.smirnova -111d 18:40
In primary it is different. My 2nd class evaluates their work with three faces: "I did it alone", "I did it with help", "I didn't do it yet". Not good for marks, but honest, and the children like the word "yet".

## Group roles that actually work (and what to do about passengers)
@james.okafor -70d 19:00
Sharing the role cards we've settled on after two years of trial and error. Groups of four, roles rotate every session:

1. Facilitator — keeps the group on the question and makes sure everyone speaks once before anyone speaks twice.
2. Recorder — writes down decisions and keeps the contribution log.
3. Resource manager — the only person who fetches equipment or asks the teacher a question. This alone cut the "Sir, sir!" by about half.
4. Checker — checks the work against the success criteria before anything is handed in.

Two lessons learned: a role without a physical object gets forgotten, so each role now has a coloured lanyard; and the "timekeeper" role died because phones are banned in lessons and half the groups couldn't see the clock 🙂

@priya.nair -70d 20:30
We use almost the same roles in Year 5, except "Resource manager" became "Materials boss", because nine-year-olds. The rule that only one person may ask the teacher is a game changer.

@elena.sokolova -69d 21:00
A question: what if the group has different ages, like 8 and 10 years? In my class the older children take all the roles and the small ones only watch.

@james.okafor -69d 22:10
Elena, give the younger ones the roles with objects — Resource manager, and Checker with a simple picture checklist. Leave Facilitator and Recorder to the older ones. Then add one rule: the Checker has the last word before anything is handed in. Power matters 🙂

@emily.clarke -68d 08:00
On passengers: I've stopped treating it as a group problem. If one pupil isn't contributing, I talk to them on their own, and nine times out of ten there's a reason — a friendship fallout, something at home, or they simply don't know what to do next. Roles only help with the last one.

@anna.smirnova -68d 17:30
I agree with Emily. We had a "passenger" in the river drawings — a boy who did nothing for 2 weeks. He told me he "cannot draw water". We gave him the job to measure the paper and cut the frames for the pictures. After that he drew the ice, and very well 🙂

## End-of-project showcase on a small budget — ideas?
@anna.smirnova -50d 18:00
Colleagues, we are planning the final showcase of the Two Rivers project: parents, my 2nd class, the 6th class and a video call with Aberdeen. The budget is almost zero, the school hall is ours for 1.5 hours on the last Friday before the spring holidays. What did you do at showcases that parents really liked? And how to organise a video call for about 80 people in a hall so that it is not boring?

@emily.clarke -50d 20:30
A few things that have worked for us:

- Stations, not a stage: groups at tables, parents walk around, each group has a two-minute pitch they can repeat.
- A "question card" for every visitor: ask each group one question and write down the answer. Parents love having a job.
- Keep the live call to 15 minutes at most — two letters read aloud, one object from each river held up to the camera, and a big wave. Anything longer and the hall stops listening.

@sergey.orlov -49d 09:00
For the call in the hall: an external USB microphone on a table near the speakers, not the laptop mic. Test two days before, with the same laptop in the same hall. Backup: a pre-recorded 3-minute video from Aberdeen in case the connection dies. I'll have it on a USB stick.

@james.okafor -49d 10:30
And switch live captions on — most video platforms have them now. In a hall with 80 people and an echo, captions help everyone, not only pupils with hearing loss. Let's test them at the rehearsal.

@priya.nair -48d 19:00
Our cheapest hit ever: a "data wall". Every measurement the children made goes on one long strip of lining paper along the corridor, and visitors add sticky notes with questions. Cost: one roll of lining paper.

@anna.smirnova -30d 21:00
Report: the showcase was today! 63 parents came (we expected 40). The call with Aberdeen worked, 14 minutes, and Sergey's microphone was perfect. My 2nd class showed their ice drawings, the Aberdeen pupils held up a photo of a seal, and the whole hall said "oooh" 😄 One dad asked a 6th grader how to calculate the flow of a river, and she explained it with the formula on our data wall. Thank you all for the ideas!

@emily.clarke -30d 22:15
It was wonderful from this side too. My class wrote reflections afterwards, and one of them just said: "I want to see the ice in real life." Maybe that's next year's project 😉

## Shared weather station with micro:bit in both schools — anyone tried?
@sergey.orlov -20d 16:40
Idea for the next joint project. A micro:bit in each school logs air temperature every 10 minutes for one month, data is exported as CSV, then pupils merge and compare Aberdeen and Petrozavodsk. On our side I tested logging for 3 days, it works, the export is fine. Merging is one command:

tail -n +2 petrozavodsk_2025-03.csv | cat aberdeen_2025-03.csv - > two_cities.csv

Questions: has anyone run a logger outdoors for a month — how did you protect it from rain and frost? And the batteries: 2×AAA lasted 4 days in my test at −5 °C. Any better power option that a school can afford?

## Cross-curricular project week in secondary — how do you get departments on board?
@emily.clarke -8d 18:30
For next year we'd like a proper cross-curricular project week for S1–S2: five days, normal timetable suspended, every department contributing to one driving question. Senior leadership is keen; heads of department are polite but worried about losing curriculum time before exams further up the school. For those who have done this: how did you plan it, how far ahead, and what did you offer departments in return? Any examples of a driving question that genuinely gave every subject something to do would be gold.
"""#
}
