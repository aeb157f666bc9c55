extension DemoNetwork {
    /// Hands-on number sense, fluency and problem solving for ages 5–11: bar models, manipulatives, reasoning.
    static let primaryMathsText = #"""
## Welcome to Primary Maths Lab — please read before posting
@james.okafor -148d 09:00
Welcome to Primary Maths Lab! This forum is for anyone teaching maths to children aged 5–11, wherever you teach. A few ground rules:

- One question or idea per thread, with a clear title ("Year 3 column subtraction — exchanging across zero" beats "Help!!").
- If you post a photo of children's work or a resource, describe it in words too. Some members use screen readers and some are on very slow connections.
- No pupils' names or faces, ever. "Child A" is fine.
- Share resources you made yourself, or say where they came from.
- Colleagues from our Russian partner schools are very welcome to post in English. Nobody here cares about perfect grammar; we care about good maths teaching.

Questions about the forum itself can go to me by private message.

@priya.nair -148d 12:40
Thanks, James. Looking forward to this — it will be lovely to compare notes beyond Leeds.

@pavel.novikov -147d 21:15
Hello from Cherepovets! I teach physics and maths to older pupils, but I am curious how you build number sense so early. I will mostly read and sometimes ask.

@james.okafor -147d 22:00
Welcome, Pavel — readers and askers are both exactly who we want.

## Bar models from Year 1 to Year 6: a progression that actually worked for us
@priya.nair -130d 16:20
Several people asked after the network seminar how we introduced bar models across the whole school, so here is the long version. This is what Fernhill settled on after two years of trial and plenty of error.

Year 1. No bars yet. Children build part-whole models with real objects: 7 cubes, split into 4 and 3, placed on a part-whole mat. Then we line the cubes up in a row, draw round the row, and that outline is the very first "bar". The point is that the bar is always a picture of something real.

Year 2. Bars for addition and subtraction, including comparison: "Mia has 23 shells, Leo has 9 more. How many does Leo have?" Two bars, one longer, with the difference marked. We insist on labels: a bar without a label is just a rectangle.

Year 3. Equal parts for multiplication and division: "4 boxes with 6 eggs in each" becomes one bar split into 4 equal parts. This is where children first see that the same picture answers 4 × 6 and 24 ÷ 4.

Year 4. Two-step problems. Our favourite: "Sam and Jo have 84 stickers altogether. Sam has 12 more than Jo. How many does Jo have?" Two bars, the extra 12 sticking out of Sam's; take it away and you have two equal bars totalling 72, so Jo has 36. Children who would otherwise guess-and-check suddenly see the structure.

Year 5. Fractions of amounts and finding the whole: "3/5 of a number is 42. What is the number?" Five equal parts, three of them shaded and worth 42, so one part is 14 and the whole is 70.

Year 6. Ratio and early algebra: "There are three times as many red beads as blue beads, and 96 beads in total." Four equal parts, each worth 24. By now children often draw the bar in ten seconds and go straight to the calculation, which is exactly what we want.

What went wrong along the way:

1. In the first year, children drew bars for everything, including 5 + 3. Bar-drawing became a performance for the teacher. Our fix was a simple rule: "Draw a bar when you are stuck, not because I'm watching."
2. Some bars were works of art — rulers, colours, five minutes each. Now we say a bar model is a sketch: thirty seconds, no ruler.
3. Teachers in different year groups drew comparison bars differently (side by side vs stacked). Children moving up got confused, so we agreed one house style and put it on a single A4 sheet in every classroom.
4. We underestimated how much language matters. "More than", "fewer than" and "altogether" needed explicit teaching, especially for our EAL pupils.

Two years on, our Year 6 problem-solving scores are the best they have been, but the change I'm proudest of is that Year 4 children now say "let me draw it" instead of "I don't get it". Happy to share the house-style sheet with anyone who wants it.

@emily.clarke -130d 18:05
Priya, this is wonderful, and point 4 rings very true from the English side. "Altogether" is a word that some of our P4 children genuinely didn't know. Would you share the house-style sheet? I'd love to show it to the ECTs I mentor — most of them were never taught maths this way themselves.

@priya.nair -130d 19:10
Of course, Emily — I'll message it to you tonight. It's one side of A4 with six examples, all described in text as well, James 😉

@ivan.kuznetsov -129d 08:30
Greetings from the olympiad corner. In Russian primary schools we call these "схемы к задачам" — diagrams with line segments — and children draw them from the first grade. So we have been drawing bar models for a long time without knowing they were bar models, like the man who discovered he had been speaking prose all his life. I like your Year 4 sticker problem very much; it's the classic "sum and difference" problem, and there's a nice olympiad version with three children instead of two.

@priya.nair -129d 12:15
Ha! Yes, our bar model approach came to us via Singapore, but I'm sure the idea is much older than any country's name for it. Please post the three-children version, Ivan — I have a Year 6 group who would love it.

@anna.smirnova -128d 17:40
Thank you for such a detailed post. In my 2nd grade we draw segments too, but I notice my pupils often draw them too late, after they have already guessed the answer. Your rule "draw when you are stuck" is very good. Question: do you let the children decide themselves when a diagram is needed, or at first you always require it?

@priya.nair -128d 19:30
Good question. For the first half-term of each new problem type we model it every time and they draw with us. After that it's their choice, but in feedback I'll ask "could a bar have helped here?" when a child gets stuck. Choice comes after competence, not instead of it.

@elena.sokolova -127d 20:45
Very useful for me also. I will print your examples for my small school. Thank you!

## How does the mastery approach compare with our programme? (question from Russia)
@anna.smirnova -125d 18:10
Hello colleagues! I am a primary teacher from Petrozavodsk, Russia, I teach a 2nd grade (children are 8 years old, 27 pupils). We have 4 maths lessons a week, 40 minutes each, and use a traditional textbook (M. I. Moro, programme "School of Russia"). I read a lot about the "mastery approach" in England and I want to understand it better. As I understand:

- the whole class learns the same topic at the same time;
- the steps are very small;
- first concrete objects, then pictures, then abstract symbols.

But this sounds very similar to what we do! We also use counting sticks, pictures and then numbers. So what is really different? And what do you do with the children who finish everything in ten minutes? Thank you in advance for your patience with my English.

@priya.nair -125d 20:30
Anna, your English is perfect for this, and it's a great question. You've got the core ideas right. The differences I'd point to are more about what teachers do in the lesson than what's in the textbook:

- The class moves on together. We don't put children into "top", "middle" and "bottom" tables for maths; everyone meets the same idea in the same lesson.
- Children who grasp it quickly go deeper rather than faster: a harder problem on the same idea, a "convince me" question, or explaining why a method works.
- Children who didn't get it get same-day intervention: 15 minutes with an adult, usually that afternoon, so they start tomorrow's lesson level with everyone else.
- We use a lot of "variation": the same idea shown several ways, changing only one thing at a time, so children notice the structure.
- Daily fluency practice is separate from the main lesson.

We have 5 lessons a week of about 60 minutes, so we simply have more time than you. I suspect the biggest difference is the same-day catch-up — how does your school handle children who fall behind?

@ivan.kuznetsov -125d 22:05
I suspect the honest answer is that Russian primary maths has done much of this since the 1970s, minus the brand name. But the olympiad coach in me must object a little to "deeper rather than faster". A child who finds 2-digit subtraction trivial at 8 will not necessarily be made happy by a harder 2-digit subtraction problem. Sometimes they need something different, not something deeper.

@priya.nair -124d 07:45
> Sometimes they need something different, not something deeper.
Fair challenge, Ivan! "Deeper" done badly is just "more of the same". Done well, it's something like: "A 2-digit number minus the same number with its digits reversed equals 27. Find all such numbers — and how do you know you have them all?" That's the same topic, but it's a real problem. Though I'll admit our very strongest mathematicians do sometimes need more than that.

@anna.smirnova -124d 18:20
Thank you both. Priya, about falling behind: we have "продлёнка" (the after-school group) and individual work, but it is usually a few days later, not the same day. Also, how do the ages compare? Our 2nd grade finishes the multiplication table up to 10 × 10. In which year do English children learn it?

@priya.nair -124d 19:50
Roughly: your 2nd grade is about our Year 3 in age. The national curriculum expects the 2, 5 and 10 times tables in Year 2; the 3, 4 and 8 in Year 3; and all tables up to 12 × 12 by the end of Year 4, when there's a short national check in June. So your pupils meet the whole table about a year earlier than ours — impressive!

@olga.petrova -123d 10:30
Good day. I am a methodist of primary reading, not maths, but I follow this discussion with great interest. I would like to add that in our tradition the teacher must "lead the whole class" — this is a very old principle of Russian school, so the idea of mastery is close to us. The difference, I think, is in the same-day help. It is very good idea, but it requires a second adult, and we have not this in most schools.

@emily.clarke -123d 13:15
Olga makes the point I was going to make from the mentoring side. Same-day intervention is brilliant on paper, but the ECTs I work with struggle to timetable it: who takes the group, and what does the rest of the class miss in that slot? In schools with a teaching assistant it works well; without one, it tends to quietly disappear by November.

@pavel.novikov -122d 21:40
Why not both? Mastery for the core lessons for everyone, and from Year 3 an olympiad group for the five strongest children, twice a week, with real competition problems. I would be happy to run it online for the whole network!

@ivan.kuznetsov -122d 22:10
Pavel, as the person who has run such a group for eleven years: with eight-year-olds, "twice a week" means "twice a week for their parents too". Start with once a fortnight and see who is still smiling in March.

@james.okafor -122d 22:30
Friendly moderator note: olympiad groups are a great topic, but let's keep this thread on mastery vs the Russian programme. Pavel, Ivan — the maths olympiad forum is the right home for a thread about a network-wide group, and I'd happily link to it from here.

@elena.sokolova -121d 19:00
I want to add one thing from a small village school. I have only six pupils in three grades, so for me all help is "same-day" — it is impossible to not notice who did not understand. But the opposite problem: there is no "whole class" to move together. So mastery in my school is not possible in the same form, I think?

@priya.nair -121d 20:15
Elena, I think you're already doing the most important part of it. The "moving together" bit can happen within each age group even if it's one or two children. A separate thread on mixed-age classes would be a good idea — would you like to start it? I'd love to hear more about your setup.

@anna.smirnova -105d 17:30
A small report. I tried a "small steps" lesson on 2-digit subtraction with exchange (52 − 27), as Priya described. We used counting sticks in bundles of ten, then drawings of bundles, then only numbers. I prepared three levels of "deeper" questions for quick pupils. At the end of the lesson 22 of 27 could solve it without sticks. The other 5 stayed with me for 15 minutes after lunch instead of going to the playground first — same-day help, our version. Next day, 4 of these 5 solved the new examples correctly.

What went wrong: the "deeper" questions were too easy for 3 pupils, they finished in 5 minutes. Ivan was right 🙂

@priya.nair -105d 19:00
That's a brilliant result, Anna — 26 out of 27 by the next day is exactly what we hope for. One tip: keep the sticks on the tables a bit longer than feels necessary. Some children will quietly use them to check, and that's fine.

@dmitry.lebedev -104d 10:00
Colleagues, this thread shows how much we can learn from each other. The methodical centre would like to organise a joint online seminar "Fernhill – Petrozavodsk: one maths lesson, two traditions" in April. Priya, Anna — would you each show a 15-minute fragment of a real lesson (recorded without children's faces) and discuss it together?

@priya.nair -104d 11:20
Count me in! I can show a Year 3 lesson on equal groups.

@anna.smirnova -104d 12:05
Yes, with pleasure. Thank you all, this discussion gave me more than I hoped.

## Maths talk: sentence stems that don't sound like a script
@priya.nair -105d 15:00
We've used sentence stems for maths talk for a few years ("I agree with … because …", "I noticed that …", "I think … but I'm not sure because …"). They help, but lately the talk in some classes sounds like children reading lines from a play. How do you keep stems as scaffolding, not a script? My current idea is to take them away deliberately after a few weeks, one at a time, and see which ones children keep using on their own.

@emily.clarke -105d 17:20
From the English-teaching side: the same happens with stems in discussion of texts. What helped us was modelling "messy" talk — the teacher thinks aloud, makes a mistake, changes their mind, and only uses a stem when it genuinely helps. Children copy the tone, not just the words. Your plan to remove them one at a time sounds right.

@james.okafor -105d 18:40
One accessibility note: if you put stems on cards, make them large print with good contrast, and give a copy to keep on the desk rather than only on the wall. Children with visual impairments or attention difficulties can't always use a poster across the room.

@anna.smirnova -104d 08:10
In Russian classes we often use "Докажи!" ("Prove it!") — the teacher asks the child to prove the answer, not only say it. It is not a stem, more like a class culture. Maybe the best stems are the ones that the class invents itself?

@priya.nair -104d 09:00
"Prove it!" — I love that. I'm stealing it for Monday, with credit to Petrozavodsk.

## Times-tables fluency without the stopwatch panic
@priya.nair -90d 16:45
Year 4 children in England take the multiplication tables check in June: 25 questions on screen, 6 seconds each. It's low-stakes on paper, but you wouldn't know it from some of the anxiety I see. Here's what we do at Fernhill to build fluency without panic:

- One table "family" every two weeks (2, 4 and 8 together; 3, 6 and 9 together), with arrays first.
- Derived facts out loud: "If I know 5 × 7 = 35, how can I find 6 × 7?"
- "Fluency fives": five minutes daily, untimed for the first weeks.
- Children compete only with their own previous score. No class leaderboards, no charts on the wall.
- Timed practice arrives late, and children choose when to switch it on.

What works in your schools?

@anna.smirnova -90d 18:30
In Russia there is no national test, but we have "математический диктант" (maths dictation) at the start of many lessons: the teacher reads 8–10 examples, children write only answers. It is fast, but it can also make children nervous.
> Children compete only with their own previous score.
This is a good idea. What do you do with a child who freezes as soon as something is timed?

@priya.nair -90d 20:10
For those children, timed work is simply optional until they ask for it. We do untimed practice, then "beat your own score" with the child choosing the time limit. One girl last year went from freezing at 6 seconds to asking for 4 seconds by May — because it was her idea.

@ivan.kuznetsov -89d 09:15
A comment from the dry end of the spectrum: the fastest way to 7 × 8 is to know it. The second fastest is 7 × 7 + 7, and the third is remembering "5, 6, 7, 8" — 56 = 7 × 8. Derived facts are not a crutch, they are the whole point; a child who can rebuild 7 × 8 in three seconds will never really forget it.

@pavel.novikov -88d 22:30
I wrote a small web page for practising tables: random questions, your own time limit, a personal best, and it works offline after the first load. Could be useful for schools with slow internet. Shall I share it?

@james.okafor -88d 23:05
Please do, Pavel! Before you share it widely, check two things: it should be fully usable with the keyboard only, and the timer must be optional or adjustable (WCAG 2.2.1, "Timing Adjustable"). Also don't rely on red and green alone for right and wrong — add a tick and a cross.

@pavel.novikov -87d 07:50
Noted. Timer off by default, ticks and crosses added, keyboard tested. Will post the link next week.

## One maths lesson for three ages (6 pupils) — how to plan?
@elena.sokolova -70d 19:20
Hello! I am a first-year teacher in a small village school in Karelia. In my maths class I have 6 pupils: two are 7 years old (1st grade), three are 8 years (2nd grade), and one boy is 10 years (4th grade). We have no interactive board and internet is slow. Now I prepare three different lessons for one 40-minute period and I am very tired. How do you plan one lesson for such a mixed-age class? Is it even possible?

@priya.nair -70d 21:00
Elena, it's absolutely possible, and many small schools in England work this way. The trick is one theme, different entry points. Say the theme is measuring length:

- 7-year-olds: compare lengths using cubes or hand spans, "longer" and "shorter".
- 8-year-olds: measure in centimetres with a ruler and record in a table.
- 10-year-old: convert between cm and m, find the perimeter of the classroom table.

Structure: 10 minutes all together (a shared problem or a "what do you notice?" picture), 20 minutes in groups while you move between them, 10 minutes together again where each group shows one thing. You plan one lesson with three strands, not three lessons.

@emily.clarke -70d 22:10
Adding to Priya's plan: decide in advance which group gets you first. Usually it's the youngest, because the older ones can start from a written card. Then rotate. And keep a "what to do if I'm stuck" card on each table so they don't all queue at your desk.

@anna.smirnova -69d 08:00
In Russian small schools this was always normal, they are called "малокомплектные" (small-set) schools. My mother-in-law taught in one for 30 years. She always said: the older child must sometimes be the teacher for the younger one. It helps both.

@elena.sokolova -69d 18:50
Thank you! One more question: what does the older boy do when I work with the little ones? He finishes fast and then he is bored and disturbs them.

@priya.nair -69d 20:05
Give him a "must, should, could" sheet: the must is the core task, the should is a harder version, the could is an open problem (for example, "Find three objects in the room whose lengths add up to exactly 1 metre"). And sometimes make him your assistant, as Anna's mother-in-law suggests — but not every lesson, or he'll feel used.

@elena.sokolova -62d 19:40
Update: we did the measuring lesson! The 4th-grade boy helped the little ones and discovered that one of them measured from 1, not from 0, on the ruler — and explained it better than I could. Everybody measured something, and for the first time I planned only one lesson. Thank you all so much 😊

## A reasoning task for ages 9–11: missing digits
@ivan.kuznetsov -55d 18:00
A task I use with 10-year-olds in Russia, for those who like a good problem. A and B are digits (not zero), and AB means a two-digit number:

AB + BA = 121

Find all possible numbers AB.

The answer is less interesting than the path. Most children start by guessing (29 + 92 = 121, hooray) and stop. The good question is "how do you know you have found them all?" Spoiler for teachers: AB + BA = 11 × (A + B), so A + B = 11, and there are exactly 8 answers: 29, 38, 47, 56, 65, 74, 83, 92. I'm curious how an English class would approach it.

@priya.nair -54d 16:30
Tried it with my Year 5 group today (29 children, aged 9–10). Results: everyone found at least one pair by trial, 11 found five or more, and 4 found all eight with a list in order — which is how they convinced themselves there were no more. One girl noticed that every sum she tried was in the 11 times table, which led to the best 10 minutes of the week. Thank you, Ivan!

@pavel.novikov -54d 21:45
Great task! Extension for the strongest: ABC + CBA = 1353. Then 101(A + C) + 20B = 1353, so A + C = 13 and B = 2, which gives 429, 528, 627, 726, 825, 924. Six answers, and you need modular thinking to be sure. Could Year 6 do it?

@ivan.kuznetsov -54d 22:20
Pavel, that's a lovely Year 7 problem. For Year 6 it's a lovely way to make children hate three-digit numbers. Try a gentler step first: "AB + BA is always in which times table? Why?"

@emily.clarke -53d 09:40
From a non-maths person: I love that the real question is "how do you know you've found them all?" That's a reasoning question I could ask in English too — "how do you know this is the only reading of the poem?" Would you mind if I used the task with my ECTs as an example of good questioning?

@ivan.kuznetsov -53d 10:05
Please do. Problems, like jokes, are meant to be passed on.

## Manipulatives on a budget: what's in our £60 box
@priya.nair -35d 15:30
People often assume hands-on maths needs expensive kit. Here's the "starter box" we make for each new class, for about £60 in total:

- dried beans and paper cups for counting and grouping;
- lolly sticks and elastic bands for bundling tens;
- egg boxes cut down to 10 cups — instant ten frames;
- double-sided counters (the one thing worth buying);
- strips of card in two colours for bar models;
- 2 large foam dice and a set of ordinary ones;
- laminated place-value charts and whiteboard pens;
- "base ten" made from squared paper: strips of 10 and squares of 100, cut by the children.

Everything fits in one plastic crate. What would you add?

@elena.sokolova -34d 18:00
For my school this is perfect, because we have almost no budget. Egg boxes — brilliant idea, I will ask the families tomorrow!

@sergey.orlov -34d 20:15
Printable ten frames and 100 squares, large print, A4. I generate them with a small script and keep them on our file server:

python3 make_grids.py --rows 10 --cols 10 --cell 18mm --out hundred_square.pdf

/srv/share/nachalka/printables/hundred_square_A4_large_print.pdf

Anyone in the network can ask me for the files.

@james.okafor -34d 21:00
Thanks, Sergey. For a child with a visual impairment, glue string or wool along the lines of a printed number line or ten frame — it becomes tactile for about 20p. Large print plus tactile beats either on its own.

@priya.nair -33d 08:30
All going into the next version of the box list. Thank you!

## Supporting an ECT whose maths subject knowledge is shaky
@emily.clarke -25d 17:10
A mentoring question. One of my early-career teachers is moving to a primary post next year and confided that she's anxious about teaching maths: she can do the calculations but can't explain why methods work (she's never understood why column subtraction "borrows"). Where would you start with her, without making her feel like a pupil?

@priya.nair -25d 19:00
> she's never understood why column subtraction "borrows"
Then start with the manipulatives, honestly. Sit down together with base-ten blocks and do 52 − 27 physically, then write what you did. Most adults who "never understood borrowing" get it in about ten minutes once they exchange a real ten for ten ones. She'll also see exactly what her pupils will experience, which makes it feel like planning rather than remedial maths.

@anna.smirnova -25d 20:30
I agree with Priya. Also, maybe let her observe a Year 2 or Year 3 lesson before she starts. For me, watching an experienced colleague explain was more useful than any book.

@emily.clarke -24d 08:15
Thank you both — I'll book the blocks and an observation for next month.

## Cuisenaire rods for fractions in Year 5–6: anyone?
@pavel.novikov -12d 21:30
I found an old box of Cuisenaire rods in our lyceum's storeroom (about 15 sets). I'd like to offer them to a primary colleague for fractions: for example, if the dark green rod is one whole, which rod is one third? Has anyone used rods this way with 10–11-year-olds? Does it work, or do children see them as toys for little ones? And what is a good first lesson that shows equivalent fractions, like 2/6 = 1/3, without me doing all the talking?

## Bar models for "how many times more" problems
@anna.smirnova -2d 18:40
In Russian primary maths we have a very typical problem type: "во сколько раз больше" — "how many times more". For example: "A pencil costs 12 roubles, a notebook costs 36 roubles. How many times more expensive is the notebook?" My pupils often confuse it with "how much more" and subtract: 36 − 12 = 24. I want to try bar models to show the difference between the two questions. How would you draw it, and do English textbooks use this kind of question at all? I have heard that "times more" is not very common in English.
"""#
}
