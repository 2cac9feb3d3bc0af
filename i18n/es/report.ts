<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>CalendarPicture</name>
        <message>
            <source>orange</source>
            <translation>naranja</translation>
        </message>
        <message>
            <source>green</source>
            <translation>verde</translation>
        </message>
        <message>
            <source>purple</source>
            <translation>morado</translation>
        </message>
        <message>
            <source>light blue</source>
            <translation>celeste</translation>
        </message>
        <message>
            <source>M</source>
            <comment>Monday</comment>
            <translation>L</translation>
        </message>
        <message>
            <source>T</source>
            <comment>Tuesday</comment>
            <translation>M</translation>
        </message>
        <message>
            <source>W</source>
            <comment>Wednesday</comment>
            <translation>X</translation>
        </message>
        <message>
            <source>T</source>
            <comment>Thursday</comment>
            <translation>J</translation>
        </message>
        <message>
            <source>F</source>
            <comment>Friday</comment>
            <translation>V</translation>
        </message>
        <message>
            <source>S</source>
            <comment>Saturday</comment>
            <translation>S</translation>
        </message>
        <message>
            <source>S</source>
            <comment>Sunday</comment>
            <translation>D</translation>
        </message>
        <message>
            <source>Incident, severity:</source>
            <translation>Incidente, gravedad:</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>sin gravedad</translation>
        </message>
        <message>
            <source>Incident days are shaded by severity: {level} – {meaning}</source>
            <translation>Los días con un incidente tienen un color según la gravedad: {level} – {meaning}</translation>
        </message>
        <message>
            <source>An incident day without a severity is pale with a dot in the corner.</source>
            <translation>Un día con un incidente sin gravedad anotada es de color claro, con un punto en la esquina.</translation>
        </message>
        <message>
            <source>Coloured dots mark other entries: {kinds}.</source>
            <translation>Los puntos de color marcan otras entradas: {kinds}.</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Entries per week by kind</source>
            <translation>Entradas por semana, según el tipo</translation>
        </message>
        <message>
            <source>Entries per month by kind</source>
            <translation>Entradas por mes, según el tipo</translation>
        </message>
        <message>
            <source>Entries per year by kind</source>
            <translation>Entradas por año, según el tipo</translation>
        </message>
        <message>
            <source>Behaviours recorded most often</source>
            <translation>Conductas anotadas más veces</translation>
        </message>
        <message>
            <source>Severity over time</source>
            <translation>Gravedad a lo largo del tiempo</translation>
        </message>
        <message>
            <source>How strong your feelings were</source>
            <translation>Qué tan fuertes fueron tus sentimientos</translation>
        </message>
        <message>
            <source>Feelings by kind of event</source>
            <translation>Sentimientos según el tipo de hecho</translation>
        </message>
        <message>
            <source>Body responses over time</source>
            <translation>Reacciones del cuerpo a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Red-flag check-ins: signs marked</source>
            <translation>Chequeos de señales de alerta: señales marcadas</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>First half of the period</source>
            <translation>Primera mitad del período</translation>
        </message>
        <message>
            <source>Second half</source>
            <translation>Segunda mitad</translation>
        </message>
        <message>
            <source>Times recorded</source>
            <translation>Veces anotada</translation>
        </message>
        <message>
            <source>Average severity</source>
            <translation>Gravedad promedio</translation>
        </message>
        <message>
            <source>Highest severity</source>
            <translation>Gravedad más alta</translation>
        </message>
        <message>
            <source>Severity (1–5)</source>
            <translation>Gravedad (1–5)</translation>
        </message>
        <message>
            <source>Average intensity (0–10)</source>
            <translation>Intensidad promedio (0–10)</translation>
        </message>
        <message>
            <source>Signs marked in a check-in</source>
            <translation>Señales marcadas en un chequeo</translation>
        </message>
        <message>
            <source>Signs marked</source>
            <translation>Señales marcadas</translation>
        </message>
    </context>
    <context>
        <name>ExportCopies</name>
        <message>
            <source>export</source>
            <translation>exportación</translation>
        </message>
        <message>
            <source>{name} files</source>
            <translation>archivos de {name}</translation>
        </message>
    </context>
    <context>
        <name>ExportData</name>
        <message>
            <source>The start of the date range is after its end.</source>
            <translation>La fecha de inicio es posterior a la fecha final.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export for a helper</source>
            <translation>Exportar para una persona que te ayuda</translation>
        </message>
        <message>
            <source>The language of the PDF or spreadsheet; the windows keep theirs.</source>
            <translation>El idioma del PDF o de la hoja de cálculo; las ventanas mantienen el suyo.</translation>
        </message>
        <message>
            <source>Only entries between these dates</source>
            <translation>Solo las entradas entre estas fechas</translation>
        </message>
        <message>
            <source>Only the 1 entry listed in the journal (your search and filters)</source>
            <translation>Solo la entrada que muestra el diario (tu búsqueda y tus filtros)</translation>
        </message>
        <message>
            <source>Only the {count} entries listed in the journal (your search and filters)</source>
            <translation>Solo las {count} entradas que muestra el diario (tu búsqueda y tus filtros)</translation>
        </message>
        <message>
            <source>&amp;Preset:</source>
            <translation>&amp;Para quién:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <source>Report &amp;language:</source>
            <translation>&amp;Idioma del informe:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>al</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>Del:</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Exports are signed by this journal's key: &lt;b&gt;{key}&lt;/b&gt;. Give this fingerprint to the person you send an export to, separately, so they can check it.</source>
            <translation>Las exportaciones se firman con la clave de este diario: &lt;b&gt;{key}&lt;/b&gt;. Dale esta huella por separado a la persona que recibe la exportación, para que pueda comprobarla.</translation>
        </message>
        <message>
            <source>A JSON file is always in English: programs read it.</source>
            <translation>Un archivo JSON siempre está en inglés: lo leen programas.</translation>
        </message>
        <message>
            <source>1 entry will be exported.</source>
            <translation>Se va a exportar 1 entrada.</translation>
        </message>
        <message>
            <source>{count} entries will be exported.</source>
            <translation>Se van a exportar {count} entradas.</translation>
        </message>
        <message>
            <source>No entries match these choices.</source>
            <translation>Ninguna entrada coincide con lo que elegiste.</translation>
        </message>
        <message>
            <source>record-{date}</source>
            <translation>registro-{date}</translation>
        </message>
        <message>
            <source>Save export as</source>
            <translation>Guardar la exportación como</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>Exportación terminada</translation>
        </message>
        <message>
            <source>Kinds of entry</source>
            <translation>Tipos de entrada</translation>
        </message>
        <message>
            <source>Only entries with any of these behaviours</source>
            <translation>Solo las entradas con alguna de estas conductas</translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Conductas</translation>
        </message>
        <message>
            <source>PDF (to print or read)</source>
            <translation>PDF (para imprimir o leer)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV (spreadsheet)</source>
            <translation>CSV (hoja de cálculo)</translation>
        </message>
        <message>
            <source>CSV spreadsheet (*.csv)</source>
            <translation>Hoja de cálculo CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON (can be checked for changes)</source>
            <translation>JSON (se puede comprobar si cambió)</translation>
        </message>
        <message>
            <source>JSON file (*.json)</source>
            <translation>Archivo JSON (*.json)</translation>
        </message>
        <message>
            <source>&lt;b&gt;The exported file is not encrypted.&lt;/b&gt; Anyone who opens it can read everything in it. Save it straight to a USB stick or a folder only you use, give it to the person who needs it, then delete your copy. Avoid shared, cloud-synced and Downloads folders.</source>
            <translation>&lt;b&gt;El archivo exportado no está cifrado.&lt;/b&gt; Cualquier persona que lo abra puede leer todo lo que tiene. Guárdalo directamente en una memoria USB o en una carpeta que solo uses tú, dáselo a la persona que lo necesita y luego borra tu copia. Evita las carpetas compartidas, las que se sincronizan con la nube y la carpeta Descargas.</translation>
        </message>
        <message>
            <source>&lt;b&gt;The copied attached files are not encrypted either&lt;/b&gt;: they go into a folder named after the export, beside it.</source>
            <translation>&lt;b&gt;Las copias de los archivos adjuntos tampoco están cifradas&lt;/b&gt;: van a una carpeta con el nombre de la exportación, al lado de ella.</translation>
        </message>
        <message>
            <source>1 entry was written to {file}.</source>
            <translation>Se escribió 1 entrada en {file}.</translation>
        </message>
        <message>
            <source>{count} entries were written to {file}.</source>
            <translation>Se escribieron {count} entradas en {file}.</translation>
        </message>
        <message>
            <source>1 attached file was copied into the folder “{folder}” beside it; it is not encrypted either.</source>
            <translation>Se copió 1 archivo adjunto en la carpeta “{folder}”, al lado; tampoco está cifrado.</translation>
        </message>
        <message>
            <source>{count} attached files were copied into the folder “{folder}” beside it; they are not encrypted either.</source>
            <translation>Se copiaron {count} archivos adjuntos en la carpeta “{folder}”, al lado; tampoco están cifrados.</translation>
        </message>
        <message>
            <source>These entries have no attached files, so no folder was made.</source>
            <translation>Estas entradas no tienen archivos adjuntos, así que no se creó ninguna carpeta.</translation>
        </message>
        <message>
            <source>Some characters of entries {numbers} cannot be drawn with the fonts of this PDF; those entries say so. The JSON and CSV exports keep them unchanged.</source>
            <translation>Algunos caracteres de las entradas {numbers} no se pueden mostrar con las fuentes de este PDF; esas entradas lo indican. Las exportaciones JSON y CSV los guardan sin cambios.</translation>
        </message>
        <message>
            <source>It is signed by this journal's key {key}. Remember: this file is not encrypted. Keep it somewhere safe and delete copies you no longer need.</source>
            <translation>Está firmado con la clave de este diario {key}. Recuerda: este archivo no está cifrado. Guárdalo en un lugar seguro y borra las copias que ya no necesites.</translation>
        </message>
    </context>
    <context>
        <name>ExportErrors</name>
        <message>
            <source>Copying the attached files needs the list of attachments in the export.</source>
            <translation>Para copiar los archivos adjuntos, la exportación debe incluir la lista de archivos adjuntos.</translation>
        </message>
        <message>
            <source>The folder for the attached files could not be made ({reason}).</source>
            <translation>No se pudo crear la carpeta para los archivos adjuntos ({reason}).</translation>
        </message>
        <message>
            <source>There are too many folders with this export's name; choose another name.</source>
            <translation>Hay demasiadas carpetas con el nombre de esta exportación; elige otro nombre.</translation>
        </message>
        <message>
            <source>The attached file {name} is damaged in the journal, so the files were not copied. Export without copying them, or remove it.</source>
            <translation>El archivo adjunto {name} está dañado en el diario, así que no se copiaron los archivos. Exporta sin copiarlos, o elimina ese archivo.</translation>
        </message>
        <message>
            <source>The attached file {name} could not be copied: {reason}</source>
            <translation>No se pudo copiar el archivo adjunto {name}: {reason}</translation>
        </message>
        <message>
            <source>The export could not be written.</source>
            <translation>No se pudo escribir la exportación.</translation>
        </message>
        <message>
            <source>The folder chosen for the export does not exist.</source>
            <translation>La carpeta que elegiste para la exportación no existe.</translation>
        </message>
        <message>
            <source>The export could not be written ({reason}).</source>
            <translation>No se pudo escribir la exportación ({reason}).</translation>
        </message>
        <message>
            <source>That is the journal itself; choose another file name.</source>
            <translation>Ese es el archivo del diario; elige otro nombre de archivo.</translation>
        </message>
        <message>
            <source>Cannot write there ({reason}).</source>
            <translation>No se puede escribir ahí ({reason}).</translation>
        </message>
        <message>
            <source>The journal's signing key is damaged.</source>
            <translation>La clave de firma del diario está dañada.</translation>
        </message>
    </context>
    <context>
        <name>ExportFields</name>
        <message>
            <source>Copy the attached files beside the export</source>
            <translation>Copiar los archivos adjuntos al lado de la exportación</translation>
        </message>
        <message>
            <source>1 photo carries location data (GPS).</source>
            <translation>1 foto tiene datos de ubicación (GPS).</translation>
        </message>
        <message>
            <source>{count} photos carry location data (GPS).</source>
            <translation>{count} fotos tienen datos de ubicación (GPS).</translation>
        </message>
        <message>
            <source>The copied files keep it: anyone with them can see where it was taken. Untick the copies to leave the files out.</source>
            <translation>Las copias de los archivos los conservan: quien las tenga puede ver dónde se tomó. Desmarca las copias para no incluir los archivos.</translation>
        </message>
        <message>
            <source>The copied files keep it: anyone with them can see where they were taken. Untick the copies to leave the files out.</source>
            <translation>Las copias de los archivos los conservan: quien las tenga puede ver dónde se tomaron. Desmarca las copias para no incluir los archivos.</translation>
        </message>
        <message>
            <source>Photos shown in the PDF are redrawn without it.</source>
            <translation>Las fotos que se muestran en el PDF se vuelven a dibujar sin esos datos.</translation>
        </message>
        <message>
            <source>The list of attachments gives names, sizes and SHA-256 only, not places.</source>
            <translation>La lista de archivos adjuntos solo da nombres, tamaños y SHA-256, no lugares.</translation>
        </message>
        <message>
            <source>Details to include</source>
            <translation>Detalles que se incluyen</translation>
        </message>
        <message>
            <source>Red-flag check-ins</source>
            <translation>Chequeos de señales de alerta</translation>
        </message>
        <message>
            <source>Patterns summary (with charts in a PDF)</source>
            <translation>Resumen de patrones (con gráficos en un PDF)</translation>
        </message>
        <message>
            <source>Promises and what followed (PDF)</source>
            <translation>Promesas y lo que pasó después (PDF)</translation>
        </message>
        <message>
            <source>List of attachments</source>
            <translation>Lista de archivos adjuntos</translation>
        </message>
        <message>
            <source>Show photos in a PDF (small)</source>
            <translation>Mostrar las fotos en un PDF (pequeñas)</translation>
        </message>
        <message>
            <source>Into a new folder named after the export, beside it. The copies are the original files, not encrypted.</source>
            <translation>En una carpeta nueva con el nombre de la exportación, al lado de ella. Las copias son los archivos originales, sin cifrar.</translation>
        </message>
        <message>
            <source>Every entry always shows its kind, when it happened and when it was recorded.</source>
            <translation>Cada entrada siempre muestra su tipo, cuándo pasó y cuándo se registró.</translation>
        </message>
    </context>
    <context>
        <name>ExportPresets</name>
        <message>
            <source>Advocate or lawyer (facts only)</source>
            <translation>Persona defensora, abogada o abogado (solo hechos)</translation>
        </message>
        <message>
            <source>Therapist (facts, feelings and patterns)</source>
            <translation>Terapeuta (hechos, sentimientos y patrones)</translation>
        </message>
    </context>
    <context>
        <name>ExportText</name>
        <message>
            <source>Exhibit {number}: {name} ({size} bytes, SHA-256 {sha256})</source>
            <translation>Prueba n.º {number}: {name} ({size} bytes, SHA-256 {sha256})</translation>
        </message>
        <message>
            <source>Exhibit {number}: {name} ({size}, SHA-256 {sha256})</source>
            <translation>Prueba n.º {number}: {name} ({size}, SHA-256 {sha256})</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>todavía sin guardar</translation>
        </message>
        <message>
            <source>approx. {when}</source>
            <translation>aprox. {when}</translation>
        </message>
        <message>
            <source>Amended on {dates}; the earlier wording is shown below.</source>
            <translation>Corregida el {dates}; abajo se muestra lo que decía antes.</translation>
        </message>
        <message>
            <source>Original, recorded {when}</source>
            <translation>Original, registrada el {when}</translation>
        </message>
        <message>
            <source>Version {number}, recorded {when}</source>
            <translation>Versión {number}, registrada el {when}</translation>
        </message>
        <message>
            <source>no shown change</source>
            <translation>ningún cambio en lo que se muestra</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>Todas las fechas</translation>
        </message>
        <message>
            <source>All dates (entries from {first} to {last})</source>
            <translation>Todas las fechas (entradas del {first} al {last})</translation>
        </message>
        <message>
            <source>Up to {end}</source>
            <translation>Hasta el {end}</translation>
        </message>
        <message>
            <source>From {start}</source>
            <translation>Desde el {start}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>Del {start} al {end}</translation>
        </message>
    </context>
    <context>
        <name>InsightsCalendar</name>
        <message>
            <source>{month}: nothing recorded.</source>
            <translation>{month}: no se anotó nada.</translation>
        </message>
        <message>
            <source>entries on {days}</source>
            <translation>entradas en {days}</translation>
        </message>
        <message>
            <source>{kinds} on {days} (highest severity {level}, on {day})</source>
            <translation>{kinds} en {days} (gravedad más alta {level}, el {day})</translation>
        </message>
        <message>
            <source>{kinds} on {days}</source>
            <translation>{kinds} en {days}</translation>
        </message>
        <message>
            <source>{month}: {facts}.</source>
            <translation>{month}: {facts}.</translation>
        </message>
        <message>
            <source>From {start} to {end} nothing was recorded.</source>
            <translation>Del {start} al {end} no se anotó nada.</translation>
        </message>
        <message>
            <source>From {start} to {end} you recorded entries on {days}, with an incident on {count} of them.</source>
            <translation>Del {start} al {end} anotaste entradas en {days}; en {count} de ellos hubo un incidente.</translation>
        </message>
        <message>
            <source>From {start} to {end} you recorded entries on {days}.</source>
            <translation>Del {start} al {end} anotaste entradas en {days}.</translation>
        </message>
    </context>
    <context>
        <name>InsightsCalendarView</name>
        <message>
            <source>Calendar of the past year</source>
            <translation>Calendario del último año</translation>
        </message>
        <message>
            <source>{day}: nothing recorded.</source>
            <translation>{day}: no se anotó nada.</translation>
        </message>
        <message>
            <source>{day}: {entries} ({kinds}). Press Enter to list them.</source>
            <translation>{day}: {entries} ({kinds}). Pulsa Intro para verlas en una lista.</translation>
        </message>
        <message>
            <source>{day}: {entries} ({kinds}), highest severity {level}. Press Enter to list them.</source>
            <translation>{day}: {entries} ({kinds}), gravedad más alta {level}. Pulsa Intro para verlas en una lista.</translation>
        </message>
    </context>
    <context>
        <name>InsightsCaptions</name>
        <message>
            <source>Nothing recorded in this period yet.</source>
            <translation>Todavía no hay nada anotado en este período.</translation>
        </message>
        <message>
            <source>On {day} you recorded no entries.</source>
            <translation>El {day} no anotaste ninguna entrada.</translation>
        </message>
        <message>
            <source>From {start} to {end} you recorded no entries.</source>
            <translation>Del {start} al {end} no anotaste ninguna entrada.</translation>
        </message>
        <message>
            <source>On {day} you recorded {entries}: {kinds}.</source>
            <translation>El {day} anotaste {entries}: {kinds}.</translation>
        </message>
        <message>
            <source>From {start} to {end} you recorded {entries}: {kinds}.</source>
            <translation>Del {start} al {end} anotaste {entries}: {kinds}.</translation>
        </message>
        <message>
            <source>Shown by month: the range has too many weeks to show one bar each.</source>
            <translation>Se muestra por mes: el período tiene demasiadas semanas para mostrar una barra por semana.</translation>
        </message>
        <message>
            <source>Shown by year: the range has too many weeks to show one bar each.</source>
            <translation>Se muestra por año: el período tiene demasiadas semanas para mostrar una barra por semana.</translation>
        </message>
        <message>
            <source>Shown by year: the range has too many months to show one bar each.</source>
            <translation>Se muestra por año: el período tiene demasiados meses para mostrar una barra por mes.</translation>
        </message>
        <message>
            <source>Shown by {period}: the range has too many {periods} to show one bar each.</source>
            <translation>Se muestra por {period}: el período es demasiado largo para mostrar una barra por cada unidad ({periods}).</translation>
        </message>
        <message>
            <source>less than a day</source>
            <translation>menos de un día</translation>
        </message>
        <message>
            <source>{part} of the {incidents} had tension recorded before and making up after (tension, incident, making up).</source>
            <translation>En {part} de los {incidents} se anotó tensión antes y una reconciliación después (tensión, incidente, reconciliación).</translation>
        </message>
        <message>
            <source>After making up, tension or another incident was next recorded typically {days} later (half the times sooner, half later: the median).</source>
            <translation>Después de una reconciliación, la siguiente tensión o incidente se anotó en general {days} después (la mitad de las veces antes y la otra mitad después: la mediana).</translation>
        </message>
        <message>
            <source>After {day}, the day you left, you recorded {attempts}.</source>
            <translation>Después del {day}, el día en que te fuiste, anotaste {attempts}.</translation>
        </message>
        <message>
            <source>In this period you recorded 1 incident; it was followed within {window} by an apology, a gift or other affection.</source>
            <translation>En este período anotaste 1 incidente; en menos de {window} después hubo una disculpa, un regalo u otra muestra de afecto.</translation>
        </message>
        <message>
            <source>In this period you recorded 1 incident; it was not followed within {window} by an apology, a gift or other affection.</source>
            <translation>En este período anotaste 1 incidente; en los {window} siguientes no hubo una disculpa, un regalo ni otra muestra de afecto.</translation>
        </message>
        <message>
            <source>In this period you recorded 2 incidents; both were followed within {window} by an apology, a gift or other affection.</source>
            <translation>En este período anotaste 2 incidentes; después de los dos, en menos de {window}, hubo una disculpa, un regalo u otra muestra de afecto.</translation>
        </message>
        <message>
            <source>In this period you recorded {count} incidents; all {count} were followed within {window} by an apology, a gift or other affection.</source>
            <translation>En este período anotaste {count} incidentes; después de los {count}, en menos de {window}, hubo una disculpa, un regalo u otra muestra de afecto.</translation>
        </message>
        <message>
            <source>In this period you recorded {count} incidents; none were followed within {window} by an apology, a gift or other affection.</source>
            <translation>En este período anotaste {count} incidentes; después de ninguno hubo, en menos de {window}, una disculpa, un regalo u otra muestra de afecto.</translation>
        </message>
        <message>
            <source>In this period you recorded {count} incidents; 1 was followed within {window} by an apology, a gift or other affection.</source>
            <translation>En este período anotaste {count} incidentes; después de 1, en menos de {window}, hubo una disculpa, un regalo u otra muestra de afecto.</translation>
        </message>
        <message>
            <source>In this period you recorded {count} incidents; {part} were followed within {window} by an apology, a gift or other affection.</source>
            <translation>En este período anotaste {count} incidentes; después de {part}, en menos de {window}, hubo una disculpa, un regalo u otra muestra de afecto.</translation>
        </message>
        <message>
            <source>The two incidents were {days} apart.</source>
            <translation>Entre los dos incidentes pasaron {days}.</translation>
        </message>
        <message>
            <source>Each incident came {days} after the one before.</source>
            <translation>Cada incidente llegó {days} después del anterior.</translation>
        </message>
        <message>
            <source>Time between incidents: from {low} to {high}, typically {median} (half the gaps were shorter, half longer: the median).</source>
            <translation>Tiempo entre incidentes: de {low} a {high}, en general {median} (la mitad de las veces fue menos y la otra mitad más: la mediana).</translation>
        </message>
        <message>
            <source>The behaviour recorded most often was “{name}” ({times}).</source>
            <translation>La conducta que más anotaste fue “{name}” ({times}).</translation>
        </message>
        <message>
            <source>“{name}” ({first}, then {second})</source>
            <translation>“{name}” ({first}, luego {second})</translation>
        </message>
        <message>
            <source>Recorded more often in the second half of this period than the first: {list}.</source>
            <translation>Anotadas más veces en la segunda mitad de este período que en la primera: {list}.</translation>
        </message>
        <message>
            <source>Severity was recorded for {entries}.</source>
            <translation>Se anotó la gravedad en {entries}.</translation>
        </message>
        <message>
            <source>Its average was {first} in the first half of this period and {second} in the second half (1 = mild, 5 = most severe).</source>
            <translation>El promedio fue {first} en la primera mitad de este período y {second} en la segunda (1 = leve, 5 = lo más grave).</translation>
        </message>
        <message>
            <source>The highest recorded was {level}.</source>
            <translation>La más alta anotada fue {level}.</translation>
        </message>
        <message>
            <source>{feeling} ({times}, average {level} of 10)</source>
            <translation>{feeling} ({times}, promedio {level} de 10)</translation>
        </message>
        <message>
            <source>The feelings you recorded most often: {list}.</source>
            <translation>Los sentimientos que más anotaste: {list}.</translation>
        </message>
        <message>
            <source>You completed 1 red-flag check-in</source>
            <translation>Hiciste 1 chequeo de señales de alerta</translation>
        </message>
        <message>
            <source>You completed {count} red-flag check-ins</source>
            <translation>Hiciste {count} chequeos de señales de alerta</translation>
        </message>
        <message>
            <source>{done}; on average {mean} of {total} signs were marked.</source>
            <translation>{done}; en promedio marcaste {mean} de {total} señales.</translation>
        </message>
        <message>
            <source>Marked most often: “{flag}” ({times}).</source>
            <translation>La que más marcaste: “{flag}” ({times}).</translation>
        </message>
        <message>
            <source>{kinds}: {feeling} (average {level} of 10)</source>
            <translation>{kinds}: {feeling} (promedio {level} de 10)</translation>
        </message>
        <message>
            <source>The strongest average feeling recorded for {list}.</source>
            <translation>El sentimiento más fuerte en promedio, por tipo de hecho — {list}.</translation>
        </message>
        <message>
            <source>Body responses recorded most often: {list}.</source>
            <translation>Las reacciones del cuerpo que más anotaste: {list}.</translation>
        </message>
    </context>
    <context>
        <name>InsightsEvidence</name>
        <message>
            <source>Each day with an entry is marked; incident days are shaded by severity (1–5). Use the arrow keys to move between days and Enter to list a day's entries. This calendar follows the one in the Danger Assessment (Campbell): a trained advocate can go through it with you as part of a risk assessment. The app itself does not score risk.</source>
            <translation>Cada día con una entrada está marcado; los días con un incidente tienen un color según la gravedad (1–5). Usa las flechas para moverte entre los días e Intro para ver la lista de entradas de un día. Este calendario sigue el de la Evaluación de Peligro (Danger Assessment, de Campbell): una persona defensora con formación puede revisarlo contigo como parte de una evaluación de riesgo. La aplicación no calcula ningún riesgo.</translation>
        </message>
        <message>
            <source>Promises and what followed</source>
            <translation>Promesas y lo que pasó después</translation>
        </message>
        <message>
            <source>Each entry that records a promise, an apology or a gift after harm, and the incidents recorded after it.</source>
            <translation>Cada entrada que anota una promesa, una disculpa o un regalo después de un daño, y los incidentes que se anotaron después.</translation>
        </message>
        <message>
            <source>Calendar of the twelve months to {day}</source>
            <translation>Calendario de los doce meses hasta el {day}</translation>
        </message>
        <message>
            <source>Nothing recorded on {day}.</source>
            <translation>No se anotó nada el {day}.</translation>
        </message>
        <message>
            <source>Entries on {day}</source>
            <translation>Entradas del {day}</translation>
        </message>
        <message>
            <source>about {time}</source>
            <translation>cerca de las {time}</translation>
        </message>
        <message>
            <source>severity {level}</source>
            <translation>gravedad {level}</translation>
        </message>
    </context>
    <context>
        <name>InsightsPeriods</name>
        <message>
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
    </context>
    <context>
        <name>InsightsPromises</name>
        <message>
            <source>After the 1 recorded promise, apology or gift, an incident was recorded within {window} days.</source>
            <translation>Después de la única promesa, disculpa o regalo anotado, se anotó un incidente en menos de {window} días.</translation>
        </message>
        <message>
            <source>After the 1 recorded promise, apology or gift, no incident was recorded within {window} days.</source>
            <translation>Después de la única promesa, disculpa o regalo anotado, no se anotó ningún incidente en los {window} días siguientes.</translation>
        </message>
        <message>
            <source>After {within} of {count} recorded promises, apologies or gifts, another incident was recorded within {window} days.</source>
            <translation>De {count} promesas, disculpas o regalos anotados, después de {within} se anotó otro incidente en menos de {window} días.</translation>
        </message>
        <message>
            <source>After {count} of them, no incident has been recorded since.</source>
            <translation>Después de {count} de ellos, no se ha anotado ningún incidente desde entonces.</translation>
        </message>
        <message>
            <source>1 of them was recorded less than {window} days before {day}.</source>
            <translation>1 de ellos se anotó menos de {window} días antes del {day}.</translation>
        </message>
        <message>
            <source>{count} of them were recorded less than {window} days before {day}.</source>
            <translation>{count} de ellos se anotaron menos de {window} días antes del {day}.</translation>
        </message>
        <message>
            <source>{day}: {what}. No incident recorded after it.</source>
            <translation>{day}: {what}. No se anotó ningún incidente después.</translation>
        </message>
        <message>
            <source>{day}: {what}. Next incident {next} ({later}); incidents within {window} days: {within}; within 90 days: {within_90}.</source>
            <translation>{day}: {what}. Siguiente incidente: {next} ({later}); incidentes en {window} días: {within}; en 90 días: {within_90}.</translation>
        </message>
        <message>
            <source>the same day</source>
            <translation>el mismo día</translation>
        </message>
        <message>
            <source>1 day later</source>
            <translation>1 día después</translation>
        </message>
        <message>
            <source>{count} days later</source>
            <translation>{count} días después</translation>
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message>
            <source>Nothing recorded in this period yet.</source>
            <translation>Todavía no hay nada anotado en este período.</translation>
        </message>
        <message>
            <source>These charts show what you have recorded, nothing more. They describe patterns in your entries; they do not judge you or anyone else.</source>
            <translation>Estos gráficos muestran lo que anotaste, nada más. Describen patrones en tus entradas; no te juzgan a ti ni a nadie.</translation>
        </message>
        <message>
            <source>Whole record</source>
            <translation>Todo el registro</translation>
        </message>
        <message>
            <source>Show everything from the first entry</source>
            <translation>Mostrar todo desde la primera entrada</translation>
        </message>
        <message>
            <source>I left on</source>
            <translation>Me fui el</translation>
        </message>
        <message>
            <source>Count contact attempts after the day you left</source>
            <translation>Contar los intentos de contacto después del día en que te fuiste</translation>
        </message>
        <message>
            <source>The cycle</source>
            <translation>El ciclo</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>To</source>
            <translation>al</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>Patrones</translation>
        </message>
        <message>
            <source>The “From” date is after the “To” date.</source>
            <translation>La fecha de inicio es posterior a la fecha final.</translation>
        </message>
        <message>
            <source>About: {chart}</source>
            <translation>Sobre: {chart}</translation>
        </message>
        <message>
            <source>Get help</source>
            <translation>Pedir ayuda</translation>
        </message>
        <message>
            <source>Hotlines, guidance and your safety plan (F1)</source>
            <translation>Líneas de ayuda, orientación y tu plan de seguridad (F1)</translation>
        </message>
    </context>
    <context>
        <name>Names</name>
        <message>
            <source>Preset</source>
            <translation>Para quién</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Idioma del informe</translation>
        </message>
        <message>
            <source>Only entries between these dates</source>
            <translation>Solo las entradas entre estas fechas</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Only the entries listed</source>
            <translation>Solo las entradas de la lista</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>Warning: the exported file is not encrypted</source>
            <translation>Aviso: el archivo exportado no está cifrado</translation>
        </message>
        <message>
            <source>Journal key fingerprint</source>
            <translation>Huella de la clave del diario</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Red-flag check-ins</source>
            <translation>Chequeos de señales de alerta</translation>
        </message>
        <message>
            <source>Patterns summary (with charts in a PDF)</source>
            <translation>Resumen de patrones (con gráficos en un PDF)</translation>
        </message>
        <message>
            <source>Promises and what followed (PDF)</source>
            <translation>Promesas y lo que pasó después (PDF)</translation>
        </message>
        <message>
            <source>List of attachments</source>
            <translation>Lista de archivos adjuntos</translation>
        </message>
        <message>
            <source>Show photos in a PDF (small)</source>
            <translation>Mostrar las fotos en un PDF (pequeñas)</translation>
        </message>
        <message>
            <source>Copy the attached files beside the export</source>
            <translation>Copiar los archivos adjuntos al lado de la exportación</translation>
        </message>
        <message>
            <source>Location warning</source>
            <translation>Aviso de ubicación</translation>
        </message>
        <message>
            <source>Only entries with any of these behaviours</source>
            <translation>Solo las entradas con alguna de estas conductas</translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Conductas</translation>
        </message>
        <message>
            <source>Selected day</source>
            <translation>Día elegido</translation>
        </message>
        <message>
            <source>Entries on the chosen day</source>
            <translation>Entradas del día elegido</translation>
        </message>
        <message>
            <source>Promises, apologies and gifts recorded</source>
            <translation>Promesas, disculpas y regalos anotados</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Whole record</source>
            <translation>Todo el registro</translation>
        </message>
        <message>
            <source>I left on</source>
            <translation>Me fui el</translation>
        </message>
        <message>
            <source>Date you left</source>
            <translation>Fecha en que te fuiste</translation>
        </message>
        <message>
            <source>The cycle</source>
            <translation>El ciclo</translation>
        </message>
        <message>
            <source>Chart caption</source>
            <translation>Texto del gráfico</translation>
        </message>
        <message>
            <source>Get help</source>
            <translation>Pedir ayuda</translation>
        </message>
    </context>
    <context>
        <name>PdfEvidence</name>
        <message>
            <source>Calendar of the past year</source>
            <translation>Calendario del último año</translation>
        </message>
        <message>
            <source>Promises and what followed</source>
            <translation>Promesas y lo que pasó después</translation>
        </message>
        <message>
            <source>Each day with an entry in this document is marked. Incident days are shaded by the severity recorded (1–5, legend below); other kinds of entry are shown as coloured dots. The calendar follows the one in the Danger Assessment (J. C. Campbell): a trained advocate can use it together with a risk assessment. This document does not score risk.</source>
            <translation>Cada día con una entrada de este documento está marcado. Los días con un incidente tienen un color según la gravedad anotada (1–5, ver la leyenda abajo); los otros tipos de entrada se muestran como puntos de color. El calendario sigue el de la Evaluación de Peligro (Danger Assessment, de J. C. Campbell): una persona defensora con formación puede usarlo junto con una evaluación de riesgo. Este documento no calcula ningún riesgo.</translation>
        </message>
        <message>
            <source>Each entry that records a promise, an apology or a gift after harm, with the incidents recorded in this document after it. Days are counted from the day of the entry.</source>
            <translation>Cada entrada que anota una promesa, una disculpa o un regalo después de un daño, con los incidentes que este documento tiene después de ella. Los días se cuentan desde el día de la entrada.</translation>
        </message>
        <message>
            <source>Calendar of the chosen period, {start} to {end}</source>
            <translation>Calendario del período elegido, del {start} al {end}</translation>
        </message>
        <message>
            <source>Calendar of the twelve months to {day}</source>
            <translation>Calendario de los doce meses hasta el {day}</translation>
        </message>
        <message>
            <source>Severity levels</source>
            <translation>Niveles de gravedad</translation>
        </message>
        <message>
            <source>The calendar in words</source>
            <translation>El calendario en palabras</translation>
        </message>
        <message>
            <source>No promise, apology or gift after harm is recorded in this document.</source>
            <translation>Este documento no tiene ninguna promesa, disculpa ni regalo anotado después de un daño.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Lo anotado</translation>
        </message>
        <message>
            <source>Next incident</source>
            <translation>Siguiente incidente</translation>
        </message>
        <message>
            <source>Days until it</source>
            <translation>Días hasta él</translation>
        </message>
        <message>
            <source>Incidents within {days} days</source>
            <translation>Incidentes en {days} días</translation>
        </message>
        <message>
            <source>Within 90 days</source>
            <translation>En 90 días</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>ninguno anotado</translation>
        </message>
    </context>
    <context>
        <name>PdfReport</name>
        <message>
            <source>The PDF file cannot be written</source>
            <translation>No se puede escribir el archivo PDF</translation>
        </message>
        <message>
            <source>{title} · prepared for {audience} · generated {when}</source>
            <translation>{title} · para: {audience} · creado el {when}</translation>
        </message>
        <message>
            <source>Signed by journal key {key} · Export {export}</source>
            <translation>Firmado con la clave del diario {key} · Exportación {export}</translation>
        </message>
        <message>
            <source>(not signed)</source>
            <translation>(sin firma)</translation>
        </message>
        <message>
            <source>Integrity appendix</source>
            <translation>Anexo de integridad</translation>
        </message>
        <message>
            <source>How this record can be checked</source>
            <translation>Cómo se puede comprobar este registro</translation>
        </message>
        <message>
            <source>The journal that produced this document has its own signing key. When the document was made, the journal signed a digital copy of exactly what it holds. That copy is stored inside this PDF file as an attachment, and the same signed copy is in the JSON export made with the same choices.</source>
            <translation>El diario que creó este documento tiene su propia clave de firma. Al crear el documento, el diario firmó una copia digital exacta de lo que contiene. Esa copia está guardada dentro de este archivo PDF como archivo adjunto, y la misma copia firmada está en la exportación JSON hecha con las mismas opciones.</translation>
        </message>
        <message>
            <source>Anyone with the journal program, or any tool that checks Ed25519 signatures, can check the signed copy. The check answers two questions:</source>
            <translation>Cualquier persona con el programa del diario, o con cualquier herramienta que compruebe firmas Ed25519, puede comprobar la copia firmada. La comprobación responde dos preguntas:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Was it changed?&lt;/b&gt; If any entry, date or number was changed, removed, added or moved after the document was made, the signature no longer matches and the check says so.</source>
            <translation>&lt;b&gt;¿Se cambió?&lt;/b&gt; Si alguna entrada, fecha o número se cambió, se quitó, se agregó o se movió después de crear el documento, la firma ya no coincide y la comprobación lo dice.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Which journal signed it?&lt;/b&gt; The check shows the fingerprint of the key that signed it. It should be the one printed at the foot of every page, below, and the one the writer can show you in their journal. If it is different, the copy was not signed by the writer's journal.</source>
            <translation>&lt;b&gt;¿Qué diario lo firmó?&lt;/b&gt; La comprobación muestra la huella de la clave que lo firmó. Debe ser la que aparece al pie de cada página y más abajo, y la que quien escribe el diario te puede mostrar en su diario. Si es diferente, la copia no la firmó el diario de esa persona.</translation>
        </message>
        <message>
            <source>Journal key fingerprint: &lt;b&gt;{key}&lt;/b&gt;</source>
            <translation>Huella de la clave del diario: &lt;b&gt;{key}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Each page also shows this document's own export fingerprint, which the check prints as well, so a page can be matched to its signed copy. The technical description of the check is published with the program (EXPORT_FORMAT).</source>
            <translation>Cada página también muestra la huella de la exportación de este documento, que la comprobación también muestra; así se puede relacionar una página con su copia firmada. La descripción técnica de la comprobación se publica con el programa (EXPORT_FORMAT).</translation>
        </message>
        <message>
            <source>What the check cannot tell: whether what was written is true, or when it was really written down beyond the times the journal records. The list below gives a SHA-256 fingerprint of each entry as held in the signed copy.</source>
            <translation>Lo que la comprobación no puede decir: si lo escrito es verdad, ni cuándo se escribió realmente, más allá de los momentos que registra el diario. La lista de abajo da una huella SHA-256 de cada entrada tal como está en la copia firmada.</translation>
        </message>
        <message>
            <source>Journal chain head at the time of export (the latest link of the journal's own hash chain):</source>
            <translation>Último eslabón de la cadena del diario al exportar (el enlace más reciente de la cadena de hashes del propio diario):</translation>
        </message>
        <message>
            <source>Exhibits</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <source>Each file attached to an entry, numbered in the order of the log. The SHA-256 is a fingerprint of the file's exact bytes: a copy whose SHA-256 matches is the same file.</source>
            <translation>Cada archivo adjunto a una entrada, numerado en el orden del registro. El SHA-256 es una huella de los bytes exactos del archivo: una copia con el mismo SHA-256 es el mismo archivo.</translation>
        </message>
        <message>
            <source>Entry {number} (ref. {ref})</source>
            <translation>Entrada {number} (ref. {ref})</translation>
        </message>
        <message>
            <source>Exhibit</source>
            <translation>Prueba</translation>
        </message>
        <message>
            <source>File and SHA-256</source>
            <translation>Archivo y SHA-256</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Appears in</source>
            <translation>Aparece en</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Happened: {when} · Recorded: {recorded} · Ref. {ref}</source>
            <translation>Pasó: {when} · Registrada: {recorded} · Ref. {ref}</translation>
        </message>
        <message>
            <source>Some characters of this entry cannot be shown in this PDF (no bundled font has them); the JSON and CSV exports keep them unchanged.</source>
            <translation>Algunos caracteres de esta entrada no se pueden mostrar en este PDF (ninguna fuente incluida los tiene); las exportaciones JSON y CSV los guardan sin cambios.</translation>
        </message>
        <message>
            <source>No change in the details shown here.</source>
            <translation>Ningún cambio en los detalles que se muestran aquí.</translation>
        </message>
        <message>
            <source>Exhibit {number}</source>
            <translation>Prueba n.º {number}</translation>
        </message>
        <message>
            <source>The PDF could not be finished (no catalog)</source>
            <translation>No se pudo terminar el PDF (no tiene catálogo)</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Confidencial</translation>
        </message>
        <message>
            <source>Record of events</source>
            <translation>Registro de hechos</translation>
        </message>
        <message>
            <source>an advocate or lawyer</source>
            <translation>persona defensora, abogada o abogado</translation>
        </message>
        <message>
            <source>a therapist</source>
            <translation>terapeuta</translation>
        </message>
        <message>
            <source>Patterns</source>
            <translation>Patrones</translation>
        </message>
        <message>
            <source>Counts and charts from the entries in this document. They describe what was written down, not a diagnosis.</source>
            <translation>Conteos y gráficos de las entradas de este documento. Describen lo que se anotó; no son un diagnóstico.</translation>
        </message>
        <message>
            <source>The charts and their captions are those the journal's Insights view shows the person who kept it (“you” in a caption is that person).</source>
            <translation>Los gráficos y sus textos son los que la vista Patrones del diario le muestra a la persona que lo escribió (“tú” en un texto es esa persona).</translation>
        </message>
        <message>
            <source>Chronological log</source>
            <translation>Registro en orden de fechas</translation>
        </message>
        <message>
            <source>Prepared for</source>
            <translation>Preparado para</translation>
        </message>
        <message>
            <source>Dates covered</source>
            <translation>Fechas que abarca</translation>
        </message>
        <message>
            <source>Number of entries</source>
            <translation>Número de entradas</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Creado el</translation>
        </message>
        <message>
            <source>Kinds of entry</source>
            <translation>Tipos de entrada</translation>
        </message>
        <message>
            <source>Only entries with</source>
            <translation>Solo entradas con</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Selección</translation>
        </message>
        <message>
            <source>Entries picked by the writer</source>
            <translation>Entradas elegidas por quien escribe el diario</translation>
        </message>
        <message>
            <source>Details included</source>
            <translation>Detalles incluidos</translation>
        </message>
        <message>
            <source>Kinds and dates only</source>
            <translation>Solo tipos y fechas</translation>
        </message>
        <message>
            <source>Left out by choice</source>
            <translation>Dejados fuera a propósito</translation>
        </message>
        <message>
            <source>Journal key fingerprint</source>
            <translation>Huella de la clave del diario</translation>
        </message>
        <message>
            <source>Attached files are listed as numbered exhibits. The integrity appendix at the end explains, in plain words, how this record can be checked.</source>
            <translation>Los archivos adjuntos aparecen como pruebas numeradas. El anexo de integridad, al final, explica con palabras sencillas cómo se puede comprobar este registro.</translation>
        </message>
        <message>
            <source>The integrity appendix at the end explains, in plain words, how this record can be checked.</source>
            <translation>El anexo de integridad, al final, explica con palabras sencillas cómo se puede comprobar este registro.</translation>
        </message>
        <message>
            <source>A personal, dated record kept in an encrypted journal.</source>
            <translation>Un registro personal, con fechas, guardado en un diario cifrado.</translation>
        </message>
        <message>
            <source>How to read this document</source>
            <translation>Cómo leer este documento</translation>
        </message>
        <message>
            <source>Entries are in the order the events happened. Each shows two times: when it &lt;b&gt;happened&lt;/b&gt; (as exactly as the writer could tell: “approx.” marks an estimate, a date without a time means the day only) and when it was &lt;b&gt;recorded&lt;/b&gt; in the journal, which is set automatically and cannot be changed. Every time shows its offset from UTC (“UTC+01:00”). An entry edited later says when, and shows the earlier wording of what changed.</source>
            <translation>Las entradas están en el orden en que pasaron los hechos. Cada una muestra dos momentos: cuándo &lt;b&gt;pasó&lt;/b&gt; (con la exactitud que la persona pudo dar: “aprox.” indica un cálculo aproximado y una fecha sin hora indica solo el día) y cuándo se &lt;b&gt;registró&lt;/b&gt; en el diario, que se anota de forma automática y no se puede cambiar. Cada hora muestra su diferencia con UTC (“UTC+01:00”). Una entrada corregida después dice cuándo se corrigió y muestra lo que decía antes.</translation>
        </message>
        <message>
            <source>&lt;b&gt;This document is not encrypted.&lt;/b&gt; Please store it securely and do not share it further without the writer's agreement.</source>
            <translation>&lt;b&gt;Este documento no está cifrado.&lt;/b&gt; Guárdalo en un lugar seguro y no lo compartas con nadie más sin el permiso de quien escribe el diario.</translation>
        </message>
        <message>
            <source>1 entry. Dates covered: {span}.</source>
            <translation>1 entrada. Fechas que abarca: {span}.</translation>
        </message>
        <message>
            <source>{count} entries. Dates covered: {span}.</source>
            <translation>{count} entradas. Fechas que abarca: {span}.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>By kind</source>
            <translation>Por tipo</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>Por mes</translation>
        </message>
        <message>
            <source>Behaviour</source>
            <translation>Conducta</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>No se anotó ninguna.</translation>
        </message>
        <message>
            <source>By behaviour</source>
            <translation>Por conducta</translation>
        </message>
        <message>
            <source>Kinds of entry by month</source>
            <translation>Tipos de entrada por mes</translation>
        </message>
        <message>
            <source>Days between incidents: shortest {shortest}, longest {longest}, on average {average}.</source>
            <translation>Días entre incidentes: mínimo {shortest}, máximo {longest}, en promedio {average}.</translation>
        </message>
        <message>
            <source>Average severity by month (1–5)</source>
            <translation>Gravedad promedio por mes (1–5)</translation>
        </message>
        <message>
            <source>Average severity</source>
            <translation>Gravedad promedio</translation>
        </message>
        <message>
            <source>Emotional responses</source>
            <translation>Sentimientos</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Sentimiento</translation>
        </message>
        <message>
            <source>Average intensity (0–10)</source>
            <translation>Intensidad promedio (0–10)</translation>
        </message>
        <message>
            <source>Body responses</source>
            <translation>Reacciones del cuerpo</translation>
        </message>
        <message>
            <source>Body response</source>
            <translation>Reacción del cuerpo</translation>
        </message>
        <message>
            <source>Red-flag check-ins</source>
            <translation>Chequeos de señales de alerta</translation>
        </message>
        <message>
            <source>No check-ins in this period.</source>
            <translation>No hay chequeos en este período.</translation>
        </message>
        <message>
            <source>{marked} of {asked}: {signs}</source>
            <translation>{marked} de {asked}: {signs}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Signs noticed</source>
            <translation>Señales marcadas</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>No entries match the choices made for this document.</source>
            <translation>Ninguna entrada coincide con lo que se eligió para este documento.</translation>
        </message>
        <message>
            <source>Ordered by when each event happened. “Recorded” is when it was written in the journal.</source>
            <translation>En el orden en que pasó cada hecho. “Registrada” es cuándo se escribió en el diario.</translation>
        </message>
    </context>
    <context>
        <name>PlansPdf</name>
        <message>
            <source>My plans</source>
            <translation>Mis planes</translation>
        </message>
    </context>
    <context>
        <name>ReportMonths</name>
        <message>
            <source>January</source>
            <translation>enero</translation>
        </message>
        <message>
            <source>February</source>
            <translation>febrero</translation>
        </message>
        <message>
            <source>March</source>
            <translation>marzo</translation>
        </message>
        <message>
            <source>April</source>
            <translation>abril</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mayo</translation>
        </message>
        <message>
            <source>June</source>
            <translation>junio</translation>
        </message>
        <message>
            <source>July</source>
            <translation>julio</translation>
        </message>
        <message>
            <source>August</source>
            <translation>agosto</translation>
        </message>
        <message>
            <source>September</source>
            <translation>septiembre</translation>
        </message>
        <message>
            <source>October</source>
            <translation>octubre</translation>
        </message>
        <message>
            <source>November</source>
            <translation>noviembre</translation>
        </message>
        <message>
            <source>December</source>
            <translation>diciembre</translation>
        </message>
    </context>
    <context>
        <name>ReportShortMonths</name>
        <message>
            <source>Jan</source>
            <translation>ene</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>feb</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>abr</translation>
        </message>
        <message>
            <source>May</source>
            <translation>may</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>ago</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>sept</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>oct</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>dic</translation>
        </message>
    </context>
    <context>
        <name>ReportWords</name>
        <message>
            <source>{month} {year}</source>
            <translation>{month} de {year}</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <translation>{day} de {month}</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <comment>short month</comment>
            <translation>{month} {year}</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <comment>short month</comment>
            <translation>{day} {month}</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <comment>short month, two-digit year</comment>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} y {last}</translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>1 entrada</translation>
        </message>
        <message>
            <source>{count} entries</source>
            <translation>{count} entradas</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 día</translation>
        </message>
        <message>
            <source>{count} days</source>
            <translation>{count} días</translation>
        </message>
        <message>
            <source>once</source>
            <translation>1 vez</translation>
        </message>
        <message>
            <source>{count} times</source>
            <translation>{count} veces</translation>
        </message>
        <message>
            <source>1 incident</source>
            <translation>1 incidente</translation>
        </message>
        <message>
            <source>{count} incidents</source>
            <translation>{count} incidentes</translation>
        </message>
        <message>
            <source>1 time of tension</source>
            <translation>1 momento de tensión</translation>
        </message>
        <message>
            <source>{count} times of tension</source>
            <translation>{count} momentos de tensión</translation>
        </message>
        <message>
            <source>1 reconciliation</source>
            <translation>1 reconciliación</translation>
        </message>
        <message>
            <source>{count} reconciliations</source>
            <translation>{count} reconciliaciones</translation>
        </message>
        <message>
            <source>1 contact attempt</source>
            <translation>1 intento de contacto</translation>
        </message>
        <message>
            <source>{count} contact attempts</source>
            <translation>{count} intentos de contacto</translation>
        </message>
        <message>
            <source>1 reflection or calm day</source>
            <translation>1 reflexión o día tranquilo</translation>
        </message>
        <message>
            <source>{count} reflections or calm days</source>
            <translation>{count} reflexiones o días tranquilos</translation>
        </message>
        <message>
            <source>incident</source>
            <translation>incidente</translation>
        </message>
        <message>
            <source>time of tension</source>
            <translation>momento de tensión</translation>
        </message>
        <message>
            <source>reconciliation</source>
            <translation>reconciliación</translation>
        </message>
        <message>
            <source>contact attempt</source>
            <translation>intento de contacto</translation>
        </message>
        <message>
            <source>reflection or calm day</source>
            <translation>reflexión o día tranquilo</translation>
        </message>
        <message>
            <source>incidents</source>
            <translation>incidentes</translation>
        </message>
        <message>
            <source>times of tension</source>
            <translation>momentos de tensión</translation>
        </message>
        <message>
            <source>reconciliations</source>
            <translation>reconciliaciones</translation>
        </message>
        <message>
            <source>contact attempts</source>
            <translation>intentos de contacto</translation>
        </message>
        <message>
            <source>reflections or calm days</source>
            <translation>reflexiones o días tranquilos</translation>
        </message>
        <message>
            <source>Earlier versions</source>
            <translation>Versiones anteriores</translation>
        </message>
        <message>
            <source>Journal SHA-256</source>
            <translation>SHA-256 del diario</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>week</source>
            <translation>semana</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mes</translation>
        </message>
        <message>
            <source>year</source>
            <translation>año</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semanas</translation>
        </message>
        <message>
            <source>months</source>
            <translation>meses</translation>
        </message>
        <message>
            <source>years</source>
            <translation>años</translation>
        </message>
    </context>
    <context>
        <name>Severity</name>
        <message>
            <source>Slapped, pushed or shoved; no injury and no pain that lasted</source>
            <translation>Cachetada, empujón o empellón; sin lesión y sin un dolor que durara</translation>
        </message>
        <message>
            <source>Punched or kicked; bruises, cuts or pain that lasted</source>
            <translation>Puñetazos o patadas; moretones, cortes o un dolor que duró</translation>
        </message>
        <message>
            <source>Beaten up; badly bruised, burned or bones broken</source>
            <translation>Golpiza; moretones fuertes, quemaduras o huesos rotos</translation>
        </message>
        <message>
            <source>Threatened with a weapon, or a head, internal or lasting injury</source>
            <translation>Amenaza con un arma, o una lesión en la cabeza, interna o que duró</translation>
        </message>
        <message>
            <source>A weapon was used, or wounds from a weapon</source>
            <translation>Se usó un arma, o heridas por un arma</translation>
        </message>
        <message>
            <source>pushed or slapped</source>
            <translation>empujón o cachetada</translation>
        </message>
        <message>
            <source>punched or kicked</source>
            <translation>puñetazos o patadas</translation>
        </message>
        <message>
            <source>beaten up</source>
            <translation>golpiza</translation>
        </message>
        <message>
            <source>weapon threat or serious injury</source>
            <translation>amenaza con arma o lesión grave</translation>
        </message>
        <message>
            <source>weapon used</source>
            <translation>se usó un arma</translation>
        </message>
        <message>
            <source>If more than one level fits, choose the higher. For harm that was not physical, choose the level that feels closest; leave it empty if none does.</source>
            <translation>Si corresponde más de un nivel, elige el más alto. Si el daño no fue físico, elige el nivel que sientas más cercano; déjalo vacío si ninguno corresponde.</translation>
        </message>
        <message>
            <source>Levels after the calendar of the Danger Assessment (J. C. Campbell, 1986; dangerassessment.org, checked December 2026), in this journal's own words.</source>
            <translation>Niveles basados en el calendario de la Evaluación de Peligro (Danger Assessment, J. C. Campbell, 1986; dangerassessment.org, consultado en diciembre de 2026), con las palabras propias de este diario.</translation>
        </message>
    </context>
</TS>
