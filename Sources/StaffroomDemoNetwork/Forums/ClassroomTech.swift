extension DemoNetwork {
    /// Classroom devices, screen readers, keyboard access, captions, dyslexia-friendly materials and low-bandwidth teaching.
    static let classroomTechText = #"""
## Screen readers on the lab machines: NVDA and Orca results from our test week
@james.okafor -140d 15:20
We spent the last week of term testing every pupil-facing tool in Lab 2 with a screen reader, because two visually impaired pupils are joining Year 8 in September. Setup: NVDA on the Windows machines, Orca on the Linux ones, headphones on, monitor switched off. Each tool got the same three tasks: log in, open this week's assignment, submit a file.

Results, briefly:
- VLE login page: fine with NVDA, but Orca reads the password field as "text" with no label;
- assignment page: the headings are all plain divs, so "jump to next heading" does nothing;
- file upload: the "Browse" button is an image with no alt text, unusable without sight;
- the terminal client we use for the coding club: the best of the lot, because it is just text.

I've written to the VLE supplier with the three issues and screenshots of the accessibility tree. If anyone has fixed the file-upload problem in their own setup, I'd love to hear how.

@emily.clarke -140d 16:45
This is brilliant, James, and slightly terrifying. Did you really keep the monitor off the whole time? I tried for ten minutes once and gave up on the login page.

@james.okafor -140d 17:02
Monitor off for all of it. The first hour was painfully slow; by day three I was faster than with the mouse on some pages. That says more about the pages than about me.

@sergey.orlov -139d 09:10
In our lab we have Orca on Linux Mint. The label problem you can check quickly: open accerciser and look at the tree. If the field has no name, Orca has nothing to read. We found the same problem in a local testing system, and the developer fixed it in one day after we sent him the screenshot.

@priya.nair -139d 12:30
Will the pupils get to practise on the actual tools before September? Our VI pupil told me the hardest part wasn't the software, it was being the only one who had to learn it in front of everyone.

@james.okafor -139d 13:15
> Will the pupils get to practise on the actual tools before September?
Yes: two transition mornings in July, one-to-one with our learning support assistant, same machines, same logins. Good shout, Priya. I'm adding it to the checklist for next year.

## Keyboard-only checklist for anything we hand to pupils
@james.okafor -126d 10:00
Moderator hat on: this is the checklist we now run before any new site or app goes on the pupil machines. It takes ten minutes and needs no special software. Just put the mouse in a drawer.

1. Can you reach every control with Tab, in a sensible order?
2. Can you always see where the focus is?
3. Can you operate everything with Enter, Space and the arrow keys?
4. Can you get out of every pop-up with Escape?
5. Is there a "skip to content" link, or a heading structure to jump by?
6. Does anything move, flash or time out without a way to pause it?

If a tool fails 1, 3 or 4, it doesn't go on the machines. Everything else gets a note in the staff guide. Please add to the list if we've missed something.

@emily.clarke -126d 11:20
I'd add: can a pupil zoom to 200% without the page breaking or hiding the "Submit" button? Two of my Year 9s use zoom all the time and never mention it unless something goes wrong.

@anna.smirnova -125d 14:05
Thank you for this list. I tried it with the reading game we use in 2nd grade. Points 1 and 2 passed, but point 4 failed: the prize window after each level cannot be closed with Escape, only with the mouse. I will write to the authors. For little children I would add: is there enough time for a child who presses Tab very slowly?

@james.okafor -125d 15:30
Great additions, both. Zoom goes in as number 7. Anna's point about slow tabbing is really about time limits, so I'll fold it into number 6.

@pavel.novikov -124d 20:45
For our coding club I made a test page with 40 buttons and a timer, so pupils can race through it with keyboard only. They love it! Maybe everyone can use it as a training?

@james.okafor -124d 21:10
Pavel, love the enthusiasm 🙂 Just check the race doesn't become its own accessibility problem: a timer is exactly what number 6 warns about. A practice mode without the clock would make it perfect.

## Captions for recorded lessons: are auto-captions good enough?
@emily.clarke -112d 16:30
Since September we've been recording short explainer videos (5–8 minutes) for Year 10 English, so that absent pupils and those revising can catch up. We've relied on the video platform's auto-captions. This week a pupil with a hearing impairment showed me what she actually sees: "Lady Macbeth" became "lady mac beth" three times and "soliloquy" became "so lil okay". She laughed, but she also said she'd stopped using the captions altogether. How are other schools handling this without it eating every evening?

@james.okafor -112d 17:10
Auto-captions are a draft, not captions. Our rule: auto-generate, then a human corrects before publishing. For a 6-minute video that's about 15–20 minutes of editing once you're used to it. The trick is to fix the subject terms first: they're the words that matter and the ones the machine gets wrong.

@emily.clarke -112d 17:40
> about 15–20 minutes of editing
Per video, four videos a week, on top of marking. That's the bit I'm struggling to sell to the department.

@priya.nair -112d 19:05
Could you script the videos? If you write the script first, the captions are basically done and you only need to time them. We do that for our Year 5 maths "how-to" clips: it takes longer to plan but far less to caption.

@emily.clarke -112d 20:15
Scripting kills the natural feel for me; half the value of the clips is that they sound like a lesson, not a reading. But a bullet-point script with the key terms might be a middle way.

@natalia.morozova -111d 09:30
In our gymnasium we have the same problem in Russian. Auto-captions write poets' names wrong: "Тютчев" became "тут чего". For literature it is not funny, because pupils copy the names into their notes. We made a list of about 60 names and terms for each grade and give it to the recognition program as a vocabulary. It helps a lot, maybe 80% of the mistakes disappear.

@james.okafor -111d 10:05
Natalia, that vocabulary list idea is gold. Which tool lets you load a list of terms? Ours has a "custom vocabulary" setting buried three menus deep, and I'd never touched it.

@natalia.morozova -111d 11:20
We use an offline recognition program on a school computer, our administrator installed it. It reads the terms from a simple text file, one term per line. I will ask him for the exact settings.

@sergey.orlov -111d 13:00
If it is offline recognition: for Russian we use Vosk with the small model, 45 MB, it works on an old laptop without internet. Good for village schools. The commands I will post in the Russian IT forum, it is more about setup than about teaching.

@elena.sokolova -110d 18:40
I have a question from a village school. My internet is slow, so uploading a video to a platform and waiting for captions takes the whole evening. Is it normal to make captions without a video platform at all? Sorry for my English.

@emily.clarke -110d 19:10
Your English is perfectly clear, Elena, please don't apologise. And yes, completely normal: a caption file is just a text file with times in it. You can write it in any text editor and keep it next to the video.

@james.okafor -110d 19:35
To make that concrete, this is all an .srt file is:

1
00:00:01,000 --> 00:00:04,200
Today: Lady Macbeth's soliloquy in Act 1, Scene 5.

2
00:00:04,400 --> 00:00:08,000
Listen for the words she uses about herself.

Save it with the same name as the video, e.g. lesson04-macbeth-act1-scene5-soliloquy.srt, and most players pick it up automatically.

@marina.volkova -109d 08:50
A short moderator note: this thread is very useful, I will pin it. Please keep tool recommendations here and installation questions in the IT forum, as Sergey suggested, so both stay easy to find.

@anna.smirnova -108d 16:15
For primary school I found one more reason for captions: my 2nd-graders read along. When I show a short film with captions, the weaker readers follow the words with their eyes. So captions help reading, not only hearing. But they must be correct, or the children learn the wrong spelling.

@priya.nair -108d 17:00
> So captions help reading, not only hearing.
Yes! Same-language subtitles are a well-known literacy boost. I'd never thought of it for maths vocabulary, though: "denominator" on screen while I say it. Stealing this.

@emily.clarke -101d 15:45
Update after a few weeks. What we've settled on in the department:
- a bullet-point script with the key terms, no full script;
- auto-captions as a draft, subject terms corrected first, the rest skimmed;
- one shared term list per year group, like Natalia's, loaded into the recognition settings;
- pupils can flag a wrong caption with a two-click form, and we fix it within the week.

Average editing time is now about 8 minutes per video. The pupil who had stopped using the captions is using them again, which was the whole point.

@james.okafor -101d 16:20
That's a model process, Emily. Mind if I turn it into a one-page guide for the network?

@emily.clarke -101d 16:35
Please do 😊

## Dyslexia-friendly maths worksheets: what actually makes a difference?
@priya.nair -98d 11:10
I'm redoing our Year 4 fractions worksheets this half term. Six of my 29 pupils have a dyslexia diagnosis or are being assessed, and word problems are where they fall over, not the maths. What I've changed so far: sans-serif font at 14pt, 1.5 line spacing, cream paper, one question per box, a bar model drawn for the first example. What have I missed, and is any of it placebo?

@emily.clarke -98d 12:30
The evidence for special "dyslexia fonts" is pretty thin; a clear sans-serif with generous letter spacing does most of the work. The things I'd bet on: short sentences, the actual question at the end on its own line, no text running over a picture, and left-aligned, never justified. Justified text makes those rivers of white space that some readers find really hard.

@priya.nair -98d 13:05
> left-aligned, never justified
Oh no. Our template is justified. That's all 40 worksheets, then 😅

@olga.petrova -97d 10:20
In our methodical association we checked this with 3rd-grade reading texts. What helped most: fewer words on a page (we split one page into two), and a reading ruler with a coloured window that the child moves along the line. Coloured paper helped some children and not others, so we let each child choose; we do not give one colour to all.

@natalia.morozova -97d 14:00
I would add: avoid italics and words in capital letters. And in word problems write numbers as digits, not words: "3 apples", not "three apples". It is one step less for the child.

@priya.nair -96d 09:15
This is so helpful. Trying all of it on the new set: left-aligned, question on its own line, digits, no italics, and a choice of paper colour. Will report back after the assessment in three weeks.

@priya.nair -75d 16:40
Reporting back as promised. Same end-of-unit fractions assessment as last year, rewritten with the changes above. The six pupils averaged 68% (last year's comparable group: 51%), and, the bit I'm happiest about, none of them asked me to read a question aloud. Small group, different children, so not science, but I'm keeping the changes for every worksheet.

## Teaching programming over SSH when the school link is 2 Mbit/s
@elena.sokolova -84d 19:20
Hello colleagues. I teach in a small village school, and on some days our internet is only 2 Mbit/s. Sergey set up a small Linux server in our school, and now I want to teach the older pupils (grades 7–9, six pupils) a little Python. Online editors are too heavy for our connection. Sergey says "use the terminal". Can somebody explain how a lesson with terminals looks in practice? I have never seen one.

@james.okafor -83d 21:40
Happy to, Elena. This is how I run our coding club, which started on a 1 Mbit/s link at a partner school and turned out so well that we kept it after the broadband arrived. The short version: everything happens on one server, and the pupils only send keystrokes and receive text, so a whole lesson uses less bandwidth than one photo.

What you need:
- one Linux machine in the school (Sergey's server is perfect);
- any old computers, laptops or even tablets with an SSH client as pupil terminals;
- a text editor that runs in the terminal. I use nano with beginners because it shows the shortcuts at the bottom of the screen.

Setting up, once:
1. Create one account per pupil, so everyone has their own home folder: sudo adduser pupil01, and so on.
2. Install the tools: sudo apt install tmux python3 nano
3. Make a shared session that pupils can watch but not type into. I start it with tmux -S /srv/class/demo.sock new -s demo and give the pupils' group read access to the socket; pupils join with tmux -S /srv/class/demo.sock attach -r. The -r means read-only, which saves you from a pupil typing rm into your demo.

How a 40-minute lesson goes:
1. Five minutes: pupils log in and join my read-only session. I type a short program live and talk it through, like writing on the board.
2. Fifteen minutes: they detach (Ctrl+b, then d), open their own file with nano lesson05.py and write a variation: "change the program so it asks for two numbers".
3. Fifteen minutes: I walk around the room. If a pupil is working from home, I can read their file on the server with cat. No uploading, no "it didn't save".
4. Five minutes: one pupil shows their program in the shared session, and we fix a bug together.

What went wrong for us: a pupil closed the lid of a laptop and lost the connection mid-sentence. On very weak links mosh survives that much better than plain ssh. And at the start, pupils were scared of the black screen. Give them a printed card with the six things they need (ls, cd, nano, python3, exit and the tmux detach keys), and after two lessons the card lives in their pocket, not on the desk.

The surprising bonus: everything is text, so it works with screen readers and at any zoom level. For accessibility it's one of the best setups I know.

@elena.sokolova -83d 22:15
Thank you so much! I printed it. I will try on Thursday with my six pupils.

@sergey.orlov -82d 08:00
Accounts for six pupils in one line:
for n in 01 02 03 04 05 06; do sudo adduser --disabled-password --gecos "" pupil$n; done
Then set the passwords with sudo passwd pupil01 and so on. The socket permissions I will do myself when I connect to your server.

@pavel.novikov -82d 18:30
We could also add an automatic checker that runs the pupils' programs on the server and gives them points! I can share mine, it has 120 tasks.

@ivan.kuznetsov -82d 18:50
Pavel, six pupils and 2 Mbit/s. Let her have one good Thursday first.

@elena.sokolova -79d 17:30
Thursday report: it worked! Five of six pupils wrote a program that asks for a name and an age and answers "In 2030 you will be ...". One laptop could not connect because its cable was broken, so two pupils worked together, which was maybe even better. The traffic for the whole lesson was 3 MB, Sergey checked. I am very happy.

## Offline-first tools that survive a dead connection
@james.okafor -70d 09:30
After the storm last month took out our line for two days, I asked staff which tools still worked. Here's what survived, all installed locally and usable without internet:
- Kiwix with an offline copy of Wikipedia, about 100 GB on a spare disk in the library server;
- LibreOffice on every machine;
- the Scratch desktop editor;
- Python, Thonny and our terminal-based coding setup;
- a local copy of the school's reading-scheme audio files.

What failed: the VLE, cloud documents, and every "free" app that turned out to check a login on start-up. What's on your list?

@priya.nair -70d 10:45
GeoGebra Classic installed locally, the one thing my maths lessons can't lose. Plus a box of actual Base 10 blocks, which has 100% uptime 😄

@olga.petrova -69d 11:00
For reading lessons: books. I am not joking. We keep class sets of 28 copies of Bianki's "Forest Newspaper" and of Russian folk tales, and when the network fails, the lesson does not. For digital, we keep audio recordings on a local disk, as Sergey did for Elena's school.

@emily.clarke -69d 12:15
Seconding Olga. Our English department kept a cupboard of class sets after the "everything digital" push, and it has saved us more than once this term. Digitally: the offline mode of our e-reader app, which lets pupils download a book at school and read at home without using data.

@elena.sokolova -68d 18:20
For me offline-first is not a choice, it is every day 🙂 Most useful: Kiwix (Sergey put the Russian version on our gateway), a local folder with lesson videos downloaded at night, and paper cards with commands. Also a spare battery for the router.

@james.okafor -68d 19:05
Elena's list beats mine, honestly. I'm adding "spare battery" and "paper cards" to the staff guide, with credit to the village school.

## Rendering test: Cyrillic, Chinese, emoji and very long words in the client
@james.okafor -52d 14:00
Quick one for the accessibility group. We've had reports that some terminals in our lab mangle non-Latin text and emoji, and that screen readers read emoji names aloud in odd ways. Could a few people post a line in "their" script, so we can check wrapping, column widths and what NVDA and Orca say? I'll start: the longest English word I dare to type is antidisestablishmentarianism, and here's a long path to test wrapping: /home/staff/shared/accessibility/rendering-tests/2024/cyrillic-cjk-emoji.txt

@natalia.morozova -52d 15:10
Russian, with the letters that often break: «Съешь же ещё этих мягких французских булок, да выпей чаю». This sentence contains all 33 letters of the Russian alphabet, so it is a good test. And a line from Pushkin: «Я помню чудное мгновенье…»

@priya.nair -52d 16:25
We have three Mandarin-speaking families this year, so this matters to us. Here's the phrase from our welcome letter: 欢迎来到我们的学校 (huānyíng lái dào wǒmen de xuéxiào, "welcome to our school"). Each character should take two columns in the terminal; if the line wraps in the middle of one, that's a bug.

@anna.smirnova -51d 09:40
And emoji from the primary school side, the ones my 2nd-graders use in our class chat: 📚 ✏️ 🍎 ⭐ 🐱 👍 🎉 Some of them (✏️ and ⭐) look different on every computer in our school, and on one old machine they are just squares.

@james.okafor -51d 11:30
Thank you all, very useful results:
- Cyrillic: fine everywhere, including the pangram, which I had to have translated to believe;
- Chinese: wraps correctly in the client, but one old terminal in Lab 2 drew each character one column wide and overlapped them; updating the font fixed it;
- emoji: the pencil and the star are the tricky ones, because they can be drawn narrow or wide depending on the font, which is exactly the difference Anna saw. Both NVDA and Orca read the pencil as "pencil", and both read the last one as "party popper", which the Year 7s found hilarious.

Advice for staff guides: use emoji as decoration, never as the only carrier of meaning.

## Tablets for Year 1: sharing 15 between 30 children
@priya.nair -36d 10:20
We've been given 15 tablets for Key Stage 1: two classes of 30. Before I set them up: how do you share devices between young children without losing half a lesson to logins, charging and "that's MY tablet"? Any accessibility settings worth switching on by default?

@emily.clarke -36d 12:00
Number them, colour-code the cases, and give each pair of children a number rather than a device, so they're "pair 7", not "the blue one". Store them in a numbered charging trolley, so a missing one is obvious at a glance.

@james.okafor -36d 13:30
Defaults I'd switch on for every KS1 tablet:
1. Text size one step up from the default.
2. Button shapes or higher contrast, if the OS offers it.
3. Guided or kiosk mode during assessments, so a stray swipe doesn't leave the app.
4. Auto-lock off during lessons, or at least 10 minutes.
5. Sound through headphones, with a volume limit.

No logins on shared tablets at this age: keep the work in the app and export it to the class folder at the end of the lesson.

@anna.smirnova -35d 17:45
In my 2nd grade we have 14 tablets for 26 children, and we work in pairs too. One thing I learned: the pair must change roles every 5 minutes, "finger" and "eyes". Otherwise the stronger child does everything. I use a sand timer on the desk. Very simple, and it works better than any app.

@priya.nair -35d 18:30
"Finger" and "eyes" is going straight into my lesson plan, thank you Anna! Same idea as our talk partners, but with a device.

@priya.nair -21d 15:00
Three weeks in: numbered pairs and the sand timer work beautifully. Charging was the real problem, because the trolley only charges 10 at full speed at once. We now charge in two shifts, at lunch and after school ⚡

## Switch access for a pupil with limited hand movement: any experience?
@emily.clarke -15d 19:10
A Year 8 pupil joining us after half term uses two switches mounted on his wheelchair (one to move, one to select) and is very capable with them at home. We use laptops for most written work in English. Has anyone set up switch access on school laptops, Windows or Linux, and got it working with the usual office software and the VLE? I'd especially like to know how long scanning through a full on-screen keyboard takes in practice, so I can plan realistic extra time for timed writing.

## Refreshable braille display with a school laptop: has anyone tried?
@anna.smirnova -8d 16:40
Next year a girl who is learning braille will come to 1st grade in our school. Her family has a refreshable braille display with 40 cells. I read that Orca on Linux and NVDA on Windows can work with such displays. Has anyone connected one to a school laptop? I want to know what to ask our administrator to prepare before September, and whether it works with Russian braille.
"""#
}
