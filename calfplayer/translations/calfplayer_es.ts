<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdviceCard</name>
    <message>
        <source>Apply the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to my copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for more?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to "{routine}". It is ready for your next workout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to "{routine}". It is ready for your next workout. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to ease back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{advice} You already have your own copy, "{routine}": do that one next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>ExercisePicture</name>
    <message>
        <source>Exercise picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the arch of the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calf (gastrocnemius)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deep calf (soleus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise}: works {muscle}</source>
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
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
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
    <name>PlayerController</name>
    <message>
        <source>This workout could not be saved to your history ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice off for this run (--no-voice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice unavailable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message numerus="yes">
        <source>+%n s</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %n seconds of rest</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <comment>key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left arrow</source>
        <comment>key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <comment>key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this exercise, set and side as painful (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep done (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right arrow</source>
        <comment>key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <comment>key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That hurt: mark this set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice off for this run (--no-voice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message numerus="yes">
        <source>%n holds of {seconds} s</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n s hold</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <source>Exercise {current} of {total}</source>
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
        <source>Hold {current} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: set {current} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: set {current} of {total}, left leg first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: set {current} of {total}, right leg first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {current} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {current} of {total} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {current} of {total} · {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Back to workouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this routine to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready: {equipment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand the safety note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No equipment needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at your own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calfplayer is for education and general fitness, not medical advice. Warm up gently, keep something steady within reach, and stop at once if you feel a sharp pain, dizziness or swelling. If you have an injury or a health condition, ask a professional first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise}: {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rest} rest between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sets} × {hold} hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sets} × {hold} hold, each leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{up_time} {up} · {top_time} {top} · {down_time} {down}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹  Workouts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingCard</name>
    <message>
        <source>A note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOW DID IT GO?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise} · set {set} · at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise} · set {set} · left · at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise} · set {set} · right · at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scale}: not rated yet (slide to rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scale}: {value} of 10 ({word})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeCard</name>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unfinished workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{routine} was cut off ({date}, {time}, %n set done).</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>
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
    <name>ScreenKeeper</name>
    <message>
        <source>A workout is running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken {taken} · planned {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout done, with gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You did {done} of %n exercise, {percent} % of the sets of {routine}. What you did is kept.</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message numerus="yes">
        <source>You did {done} of %n exercises, {percent} % of the sets of {routine}. What you did is kept.</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <source>You finished {routine}: every set of every exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n reps</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n s held</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
</context>
<context>
    <name>WorkoutProgress</name>
    <message>
        <source>Workout progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} % done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
