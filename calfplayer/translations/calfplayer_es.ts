<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Dates</name>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <comment>short month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {mon}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {mon} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wd} {day} {mon}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Keep the window open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets not saved (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message numerus="yes">
        <source>%n value(s) to fix</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXERCISES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Morning calves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine is removed from your routines. Your history keeps its workouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to this routine are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹  Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Bend your knees a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bend your knees and lower them to the mat when the time is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bent knees move the work to the soleus, the deeper calf muscle under the big one. Letting your heels sink below the step works it through a longer range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the big two-headed calf muscle that runs from above the knee down to the Achilles tendon, so it supports both the ankle and the knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deficit soleus raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downward dog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease off and step back in when the time is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy to fit into your day: a minute or two of these from your chair, a few times a day, keeps your calves moving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold both ends near your belly, with your toes pointing up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the band firmly so it can't snap back at you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold your arch up without curling your toes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a hand on the table so you stay steady.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep that back leg nearly straight and press its heel down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your arms straight and ease your chest toward your feet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your back long and let your standing knee bend a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your heels up for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your knees a little bent if the backs of your legs feel tight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your knees soft the whole time; straight knees turn this into a normal calf raise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your toes long and relaxed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lean in gently: a steady pull is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lean your hips and front knee toward the wall until you feel a pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let your foot come back slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let your foot go soft when the hold ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift one foot off the floor and balance on the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift your heels, keeping that bend in your knees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift your knees and push your hips up and back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop the band under the sole of one foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loosens a stiff ankle so your foot can bend up further, which tends to get harder with age. That makes stairs and getting out of a chair easier, and it sets you up for the strength work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower your heel slowly to the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower your heels slowly back to the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower your heels slowly to the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower your heels slowly until they dip below the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes each calf do all the work on its own. It builds strength and muscle, and gives you a steadier ankle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tip as far as you can while keeping your back straight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press down through your toes to lift both heels as high as they go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull the ball of your foot back toward your heel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push through the balls of your feet and lift your heels as high as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push your toes away from you against the band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resisted ankle plantarflexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest one hand on a table to steady yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rise slowly back to standing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rise up onto your toes as high as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated calf raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift your weight onto one leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-leg calf raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-leg deadlift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit near the front of a chair with your feet flat on the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit on a bed, a couch or the floor with your legs out straight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit on a chair with your feet flat on the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this one if leaning on your hands hurts your wrists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread your weight across all your toes, not just the big toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squeeze your calves and hold at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand facing a wall and put both palms flat on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand near a wall or a chair in case you lose your balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand tall and rest one hand on a table or a wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand tall with your feet a comfortable distance apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with the balls of both feet on the edge of a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart and rest one hand on a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing calf raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing calf stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on your hands and knees on the mat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop if you feel a sharp pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengthens the small muscles inside your foot. Paired with calf work, it makes your whole lower leg stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches both calves and helps your ankles move more freely. It goes well with the strength exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a big step back with the leg you are stretching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lift comes from your arch, so don't grip the floor with your toes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tighten your calf and stay at the top for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip forward from your hips as your other leg lifts out behind you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains your balance on one leg. Your calf and ankle muscles work the whole time to keep you steady.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a sturdy step and keep your hand on the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your hand for balance only, not to pull yourself up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works your calf through its full range without putting your weight on it. A good place to start if calf exercises are new to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At my own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each rep waits for Rep done instead of the tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds per set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {name} down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {name} up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relax between holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: at my own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: each leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: first side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every exercise in the programme: what it does for you and how to do it. Try one on its own before it turns up in a workout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual dose: {dosage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: end position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: start position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n set(s) brought into your history.</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) not saved yet</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <source>About calfplayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All your data was deleted. calfplayer starts afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in the sets not saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring them in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {routine}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sets not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets your history could not take before were kept in {files}. Bring them into your history now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the workout and close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the workout before deleting your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the workout?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sets not saved stay in {files}; bring them in with: calfplayer bring-in FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have done so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history cannot be saved right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>calfplayer: %n set(s) could not be saved to your history ({problem}); they were kept in {file} and the next start offers to bring them in.</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not opened: a workout is running. Finish or stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{problem}

Closing now would lose %n set(s). Retry once the problem is fixed, or save them to a file; calfplayer can bring that file into your history later (calfplayer bring-in FILE).</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>,</source>
        <comment>thousands separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <comment>decimal mark</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>Exported "{name}" to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or stop the workout, then drop the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported "{name}" into your routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineDialogs</name>
    <message>
        <source>"{name}" has the id "{id}", which a built-in routine already uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>"{name}" has the id "{id}", which one of your routines already uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both to add it under a new id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace yours with it, or keep both under different ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine is already here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Routines</name>
    <message>
        <source>A first week of calf work, mostly sitting down: a stretch, the band, seated raises and the foot arch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All nine exercises in one session: a stretch to start, strength work for both calf muscles, balance on one leg and a foot exercise to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement snack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing work for steadier ankles: one-leg raises, the soleus raise on a step and the one-leg hinge, with downward dog to stretch at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under two minutes of seated calf raises. Do it a few times a day, whenever you have been sitting for a while.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise pictures show the start and end still, instead of moving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>A calfplayer window is already open on {folder}, but it did not answer; close it, or wait for it to finish starting, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkoutsPage</name>
    <message>
        <source>Import a routine file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No equipment needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a routine. Each one shows the time it takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need: {equipment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{facts}. {equipment}. {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{minutes} min · %n exercise(s)</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
</context>
</TS>
