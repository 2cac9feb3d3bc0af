<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CalendarPicture</name>
    <message>
        <source>orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <comment>Monday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <comment>Tuesday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <comment>Wednesday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <comment>Thursday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <comment>Friday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <comment>Saturday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <comment>Sunday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident, severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident days are shaded by severity: {level} – {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident day without a severity is pale with a dot in the corner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coloured dots mark other entries: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Entries per week by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries per month by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries per year by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviours recorded most often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong your feelings were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings by kind of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body responses over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag check-ins: signs marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First half of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average intensity (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs marked in a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs marked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCopies</name>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportData</name>
    <message>
        <source>The start of the date range is after its end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF (to print or read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (can be checked for changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The exported file is not encrypted.&lt;/b&gt; Anyone who opens it can read everything in it. Save it straight to a USB stick or a folder only you use, give it to the person who needs it, then delete your copy. Avoid shared, cloud-synced and Downloads folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The copied attached files are not encrypted either&lt;/b&gt;: they go into a folder named after the export, beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for a helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the PDF or spreadsheet; the windows keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries between these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries with any of these behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the 1 entry listed in the journal (your search and filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the {count} entries listed in the journal (your search and filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries will be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports are signed by this journal&apos;s key: &lt;b&gt;{key}&lt;/b&gt;. Give this fingerprint to the person you send an export to, separately, so they can check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON file is always in English: programs read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry will be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match these choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record-{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry was written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries were written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 attached file was copied into the folder “{folder}” beside it; it is not encrypted either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} attached files were copied into the folder “{folder}” beside it; they are not encrypted either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These entries have no attached files, so no folder was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some characters of entries {numbers} cannot be drawn with the fonts of this PDF; those entries say so. The JSON and CSV exports keep them unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is signed by this journal&apos;s key {key}. Remember: this file is not encrypted. Keep it somewhere safe and delete copies you no longer need.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportErrors</name>
    <message>
        <source>Copying the attached files needs the list of attachments in the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder chosen for the export does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the journal itself; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write there ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s signing key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the attached files could not be made ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are too many folders with this export&apos;s name; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file {name} is damaged in the journal, so the files were not copied. Export without copying them, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file {name} could not be copied: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFields</name>
    <message>
        <source>Copy the attached files beside the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 photo carries location data (GPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} photos carry location data (GPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied files keep it: anyone with them can see where it was taken. Untick the copies to leave the files out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied files keep it: anyone with them can see where they were taken. Untick the copies to leave the files out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos shown in the PDF are redrawn without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of attachments gives names, sizes and SHA-256 only, not places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns summary (with charts in a PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises and what followed (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show photos in a PDF (small)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into a new folder named after the export, beside it. The copies are the original files, not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry always shows its kind, when it happened and when it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPresets</name>
    <message>
        <source>Advocate or lawyer (facts only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist (facts, feelings and patterns)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>Exhibit {number}: {name} ({size} bytes, SHA-256 {sha256})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit {number}: {name} ({size}, SHA-256 {sha256})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended on {dates}; the earlier wording is shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original, recorded {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number}, recorded {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shown change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates (entries from {first} to {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsCalendar</name>
    <message>
        <source>{month}: nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries on {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kinds} on {days} (highest severity {level}, on {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kinds} on {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}: {facts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {start} to {end} nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {start} to {end} you recorded entries on {days}, with an incident on {count} of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {start} to {end} you recorded entries on {days}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsCalendarView</name>
    <message>
        <source>Calendar of the past year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {entries} ({kinds}). Press Enter to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {entries} ({kinds}), highest severity {level}. Press Enter to list them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsCaptions</name>
    <message>
        <source>Nothing recorded in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown by {period}: the range has too many {periods} to show one bar each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day} you recorded no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {start} to {end} you recorded no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day} you recorded {entries}: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {start} to {end} you recorded {entries}: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part} of the {incidents} had tension recorded before and making up after (tension, incident, making up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After making up, tension or another incident was next recorded typically {days} later (half the times sooner, half later: the median).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After {day}, the day you left, you recorded {attempts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this period you recorded 1 incident; it was followed within {window} by an apology, a gift or other affection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this period you recorded 1 incident; it was not followed within {window} by an apology, a gift or other affection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this period you recorded 2 incidents; both were followed within {window} by an apology, a gift or other affection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this period you recorded {count} incidents; all {count} were followed within {window} by an apology, a gift or other affection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this period you recorded {count} incidents; none were followed within {window} by an apology, a gift or other affection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this period you recorded {count} incidents; 1 was followed within {window} by an apology, a gift or other affection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this period you recorded {count} incidents; {part} were followed within {window} by an apology, a gift or other affection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two incidents were {days} apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each incident came {days} after the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between incidents: from {low} to {high}, typically {median} (half the gaps were shorter, half longer: the median).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The behaviour recorded most often was “{name}” ({times}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” ({first}, then {second})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded more often in the second half of this period than the first: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity was recorded for {entries}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its average was {first} in the first half of this period and {second} in the second half (1 = mild, 5 = most severe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest recorded was {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feeling} ({times}, average {level} of 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feelings you recorded most often: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You completed 1 red-flag check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You completed {count} red-flag check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done}; on average {mean} of {total} signs were marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked most often: “{flag}” ({times}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kinds}: {feeling} (average {level} of 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strongest average feeling recorded for {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body responses recorded most often: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsEvidence</name>
    <message>
        <source>Each day with an entry is marked; incident days are shaded by severity (1–5). Use the arrow keys to move between days and Enter to list a day&apos;s entries. This calendar follows the one in the Danger Assessment (Campbell): a trained advocate can go through it with you as part of a risk assessment. The app itself does not score risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises and what followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry that records a promise, an apology or a gift after harm, and the incidents recorded after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of the twelve months to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity {level}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPeriods</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPromises</name>
    <message>
        <source>After the 1 recorded promise, apology or gift, an incident was recorded within {window} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the 1 recorded promise, apology or gift, no incident was recorded within {window} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After {within} of {count} recorded promises, apologies or gifts, another incident was recorded within {window} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After {count} of them, no incident has been recorded since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 of them was recorded less than {window} days before {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of them were recorded less than {window} days before {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {what}. No incident recorded after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {what}. Next incident {next} ({later}); incidents within {window} days: {within}; within 90 days: {within_90}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} days later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Nothing recorded in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These charts show what you have recorded, nothing more. They describe patterns in your entries; they do not judge you or anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything from the first entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count contact attempts after the day you left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “From” date is after the “To” date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: {chart}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotlines, guidance and your safety plan (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries between these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries with any of these behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the entries listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the exported file is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns summary (with charts in a PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises and what followed (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show photos in a PDF (small)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the attached files beside the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries on the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises, apologies and gifts recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date you left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfEvidence</name>
    <message>
        <source>Calendar of the past year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises and what followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each day with an entry in this document is marked. Incident days are shaded by the severity recorded (1–5, legend below); other kinds of entry are shown as coloured dots. The calendar follows the one in the Danger Assessment (J. C. Campbell): a trained advocate can use it together with a risk assessment. This document does not score risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry that records a promise, an apology or a gift after harm, with the incidents recorded in this document after it. Days are counted from the day of the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of the chosen period, {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of the twelve months to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promise, apology or gift after harm is recorded in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days until it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents within {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>The PDF file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · prepared for {audience} · generated {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by journal key {key} · Export {export}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be finished (no catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an advocate or lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts and charts from the entries in this document. They describe what was written down, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts and their captions are those the journal&apos;s Insights view shows the person who kept it (“you” in a caption is that person).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronological log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries picked by the writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds and dates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out by choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files are listed as numbered exhibits. The integrity appendix at the end explains, in plain words, how this record can be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity appendix at the end explains, in plain words, how this record can be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal, dated record kept in an encrypted journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries are in the order the events happened. Each shows two times: when it &lt;b&gt;happened&lt;/b&gt; (as exactly as the writer could tell: “approx.” marks an estimate, a date without a time means the day only) and when it was &lt;b&gt;recorded&lt;/b&gt; in the journal, which is set automatically and cannot be changed. Every time shows its offset from UTC (“UTC+01:00”). An entry edited later says when, and shows the earlier wording of what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This document is not encrypted.&lt;/b&gt; Please store it securely and do not share it further without the writer&apos;s agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry. Dates covered: {span}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries. Dates covered: {span}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of entry by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between incidents: shortest {shortest}, longest {longest}, on average {average}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average severity by month (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average intensity (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{marked} of {asked}: {signs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match the choices made for this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered by when each event happened. “Recorded” is when it was written in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this record can be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal that produced this document has its own signing key. When the document was made, the journal signed a digital copy of exactly what it holds. That copy is stored inside this PDF file as an attachment, and the same signed copy is in the JSON export made with the same choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with the journal program, or any tool that checks Ed25519 signatures, can check the signed copy. The check answers two questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Was it changed?&lt;/b&gt; If any entry, date or number was changed, removed, added or moved after the document was made, the signature no longer matches and the check says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Which journal signed it?&lt;/b&gt; The check shows the fingerprint of the key that signed it. It should be the one printed at the foot of every page, below, and the one the writer can show you in their journal. If it is different, the copy was not signed by the writer&apos;s journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal key fingerprint: &lt;b&gt;{key}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each page also shows this document&apos;s own export fingerprint, which the check prints as well, so a page can be matched to its signed copy. The technical description of the check is published with the program (EXPORT_FORMAT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the check cannot tell: whether what was written is true, or when it was really written down beyond the times the journal records. The table below lists a SHA-256 fingerprint of each entry as held in the signed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal chain head at the time of export (the latest link of the journal&apos;s own hash chain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file attached to an entry, numbered in the order of the log. The SHA-256 is a fingerprint of the file&apos;s exact bytes: a copy whose SHA-256 matches is the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {number} (ref. {ref})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File and SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened: {when} · Recorded: {recorded} · Ref. {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some characters of this entry cannot be shown in this PDF (no bundled font has them); the JSON and CSV exports keep them unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change in the details shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPdf</name>
    <message>
        <source>My plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportMonths</name>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportShortMonths</name>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>{month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>short month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <comment>short month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>short month, two-digit year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 time of tension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contact attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 reflection or calm day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} times of tension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} reconciliations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} contact attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} reflections or calm days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time of tension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reflection or calm day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times of tension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciliations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reflections or calm days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Slapped, pushed or shoved; no injury and no pain that lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punched or kicked; bruises, cuts or pain that lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beaten up; badly bruised, burned or bones broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threatened with a weapon, or a head, internal or lasting injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weapon was used, or wounds from a weapon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed or slapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>punched or kicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beaten up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weapon threat or serious injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weapon used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If more than one level fits, choose the higher. For harm that was not physical, choose the level that feels closest; leave it empty if none does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels after the calendar of the Danger Assessment (J. C. Campbell, 1986; dangerassessment.org, checked December 2026), in this journal&apos;s own words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
