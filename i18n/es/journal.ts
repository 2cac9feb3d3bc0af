<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AttachmentViewer</name>
        <message>
            <source>Attachment</source>
            <translation>Archivo adjunto</translation>
        </message>
        <message>
            <source>Actual size</source>
            <translation>Tamaño real</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Reproducir</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>This recording cannot be played here. You can save a copy and open it with another program.</source>
            <translation>Esta grabación no se puede reproducir aquí. Puedes guardar una copia y abrirla con otro programa.</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>Add file…</source>
            <translation>Agregar archivo…</translation>
        </message>
        <message>
            <source>Attach a file to this entry</source>
            <translation>Adjuntar un archivo a esta entrada</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Ver</translation>
        </message>
        <message>
            <source>Show the picture or play the sound</source>
            <translation>Mostrar la imagen o reproducir el sonido</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Guardar una copia…</translation>
        </message>
        <message>
            <source>Save a copy that is not encrypted</source>
            <translation>Guardar una copia sin cifrar</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Quitar…</translation>
        </message>
        <message>
            <source>Adding “{name}”… {percent}%</source>
            <translation>Agregando “{name}”… {percent}%</translation>
        </message>
        <message>
            <source>Added “{name}”.</source>
            <translation>Se agregó “{name}”.</translation>
        </message>
        <message>
            <source>The original file is still where it was.</source>
            <translation>El archivo original sigue donde estaba.</translation>
        </message>
        <message>
            <source>It has location data (GPS): see the note below the list.</source>
            <translation>Tiene datos de ubicación (GPS): lee la nota debajo de la lista.</translation>
        </message>
        <message>
            <source>Remove this attachment?</source>
            <translation>¿Quitar este archivo adjunto?</translation>
        </message>
        <message>
            <source>“{name}” will be removed from the journal for good. The journal keeps only a marker that a file was removed (no name, no content), so its integrity can still be checked.</source>
            <translation>“{name}” se quitará del diario para siempre. El diario solo guarda una marca de que se quitó un archivo (sin nombre ni contenido), para que se pueda seguir comprobando su integridad.</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256):</source>
            <translation>Huella (SHA-256):</translation>
        </message>
        <message>
            <source>Location data (GPS) found in {names}. It is kept unchanged as evidence, but anyone you share an export or a copy with could see where the photo was taken.</source>
            <translation>Hay datos de ubicación (GPS) en {names}. Se guardan sin cambios como prueba, pero cualquier persona con quien compartas una exportación o una copia podría ver dónde se tomó la foto.</translation>
        </message>
        <message>
            <source>&lt;b&gt;The copy will not be encrypted.&lt;/b&gt; Anyone who opens it can see it. Save it straight to a USB stick or a folder only you use, and delete it when you no longer need it. Avoid shared, cloud-synced and Downloads folders.</source>
            <translation>&lt;b&gt;La copia no estará cifrada.&lt;/b&gt; Cualquier persona que la abra podrá verla. Guárdala directamente en una memoria USB o en una carpeta que solo uses tú, y elimínala cuando ya no la necesites. Evita las carpetas compartidas, las que se sincronizan con la nube y la carpeta de Descargas.</translation>
        </message>
        <message>
            <source>Add a file to this entry</source>
            <translation>Adjuntar un archivo a esta entrada</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>{kind} file (*.{suffix})</source>
            <translation>Archivo {kind} (*.{suffix})</translation>
        </message>
        <message>
            <source>Any file (*.*)</source>
            <translation>Cualquier archivo (*.*)</translation>
        </message>
        <message>
            <source>Save a copy (not encrypted)</source>
            <translation>Guardar una copia (sin cifrar)</translation>
        </message>
        <message>
            <source>Save a copy that is not encrypted?</source>
            <translation>¿Guardar una copia sin cifrar?</translation>
        </message>
        <message>
            <source>Screenshot {time}.png</source>
            <translation>Captura de pantalla {time}.png</translation>
        </message>
        <message>
            <source>Picture {time}.png</source>
            <translation>Imagen {time}.png</translation>
        </message>
        <message>
            <source>SHA-256 is a fingerprint of the file: any change to it, even a single pixel, gives a different one. An export lists it so anyone can check that a copy is the same file.</source>
            <translation>SHA-256 es una huella del archivo: cualquier cambio, aunque sea de un solo píxel, da una huella distinta. Una exportación la incluye para que cualquier persona pueda comprobar que una copia es el mismo archivo.</translation>
        </message>
        <message>
            <source>This photo contains location data (GPS). Anyone you share an export with could see where it was taken.</source>
            <translation>Esta foto tiene datos de ubicación (GPS). Cualquier persona con quien compartas una exportación podría ver dónde se tomó.</translation>
        </message>
        <message numerus="yes">
            <source>%n byte</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bytes</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Agregado</translation>
        </message>
        <message>
            <source>{name} (location)</source>
            <translation>{name} (ubicación)</translation>
        </message>
        <message>
            <source>not computed yet</source>
            <translation>todavía sin calcular</translation>
        </message>
        <message>
            <source>when saved</source>
            <translation>al guardar</translation>
        </message>
        <message>
            <source>when you save</source>
            <translation>al guardar</translation>
        </message>
        <message>
            <source>Drop files here, press &lt;b&gt;Add file…&lt;/b&gt;, or paste a screenshot (Ctrl+V). Files are stored encrypted inside the journal. The original file is not changed or removed: delete it yourself if it should not stay on this computer.</source>
            <translation>Arrastra archivos aquí, presiona &lt;b&gt;Agregar archivo…&lt;/b&gt; o pega una captura de pantalla (Ctrl+V). Los archivos se guardan cifrados dentro del diario. El archivo original no se cambia ni se quita: elimínalo tú si no debe quedarse en esta computadora.</translation>
        </message>
        <message>
            <source>Photos, screenshots, recordings and documents you add here are stored encrypted in the journal when you save the entry. Drop files here, press &lt;b&gt;Add file…&lt;/b&gt;, or paste a screenshot (Ctrl+V) while this tab is open.</source>
            <translation>Las fotos, capturas de pantalla, grabaciones y documentos que agregues aquí se guardan cifrados en el diario cuando guardes la entrada. Arrastra archivos aquí, presiona &lt;b&gt;Agregar archivo…&lt;/b&gt; o pega una captura de pantalla (Ctrl+V) mientras esta pestaña esté abierta.</translation>
        </message>
        <message>
            <source>The clipboard holds no picture or file to attach.</source>
            <translation>El portapapeles no tiene ninguna imagen ni archivo para adjuntar.</translation>
        </message>
        <message>
            <source>This file is too large to show here. Use “Save a copy…” instead.</source>
            <translation>Este archivo es demasiado grande para mostrarlo aquí. Puedes usar “Guardar una copia…”.</translation>
        </message>
        <message>
            <source>This picture cannot be shown (its format is not supported). You can save a copy and open it with another program.</source>
            <translation>Esta imagen no se puede mostrar (su formato no es compatible). Puedes guardar una copia y abrirla con otro programa.</translation>
        </message>
        <message>
            <source>The copy was not saved. {reason}</source>
            <translation>La copia no se guardó. {reason}</translation>
        </message>
        <message>
            <source>Saved a copy (not encrypted) as {name}.</source>
            <translation>Se guardó una copia (sin cifrar) como {name}.</translation>
        </message>
        <message>
            <source>Attachment removed.</source>
            <translation>Se quitó el archivo adjunto.</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Archivo adjunto</translation>
        </message>
        <message numerus="yes">
            <source>Added %n attachments.</source>
            <translation>
                <numerusform>Se agregó %n archivo adjunto.</numerusform>
                <numerusform>Se agregaron %n archivos adjuntos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Location data (GPS) found in {names} and %n more. It is kept unchanged as evidence, but anyone you share an export or a copy with could see where the photo was taken.</source>
            <translation>
                <numerusform>Hay datos de ubicación (GPS) en {names} y en %n archivo más. Se guardan sin cambios como prueba, pero cualquier persona con quien compartas una exportación o una copia podría ver dónde se tomó la foto.</numerusform>
                <numerusform>Hay datos de ubicación (GPS) en {names} y en %n archivos más. Se guardan sin cambios como prueba, pero cualquier persona con quien compartas una exportación o una copia podría ver dónde se tomó la foto.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Behaviours</name>
        <message>
            <source>Your own</source>
            <translation>Tus propias conductas</translation>
        </message>
        <message>
            <source>Select a behaviour to read what it means here.</source>
            <translation>Selecciona una conducta para leer aquí qué significa.</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%n ticked)</source>
            <translation>
                <numerusform>{name} (%n marcada)</numerusform>
                <numerusform>{name} (%n marcadas)</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}  ⚠ high risk</source>
            <translation>{name}  ⚠ alto riesgo</translation>
        </message>
        <message>
            <source>Get help</source>
            <translation>Pedir ayuda</translation>
        </message>
        <message>
            <source>Hotlines, guidance and your safety plan (F1)</source>
            <translation>Líneas de ayuda, orientación y tu plan de seguridad (F1)</translation>
        </message>
        <message>
            <source>Something not in the list</source>
            <translation>Algo que no está en la lista</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <source>Tick what happened. Select an item to read what it means.</source>
            <translation>Marca lo que pasó. Selecciona un elemento para leer qué significa.</translation>
        </message>
        <message>
            <source>For your safety — {behaviour}: {note}</source>
            <translation>Por tu seguridad — {behaviour}: {note}</translation>
        </message>
        <message numerus="yes">
            <source>(%n more ticked: select one to read its note.)</source>
            <translation>
                <numerusform>(%n más marcada: selecciónala para leer su nota.)</numerusform>
                <numerusform>(%n más marcadas: selecciona una para leer su nota.)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChoiceGrid</name>
        <message>
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <source>{label} intensity</source>
            <translation>{label}: intensidad</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>Who did what, in order. Quote exact words where you can.</source>
            <translation>Quién hizo qué, en orden. Si puedes, escribe las palabras exactas.</translation>
        </message>
        <message>
            <source>Write at least a few words about what happened.</source>
            <translation>Escribe al menos unas palabras sobre lo que pasó.</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Nueva entrada</translation>
        </message>
        <message>
            <source>It went on until</source>
            <translation>Siguió hasta</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>&amp;When it happened:</source>
            <translation>&amp;Cuándo pasó:</translation>
        </message>
        <message>
            <source>What &amp;happened:</source>
            <translation>&amp;Qué pasó:</translation>
        </message>
        <message>
            <source>Recorded at:</source>
            <translation>Fecha de registro:</translation>
        </message>
        <message>
            <source>Add your own emotion</source>
            <translation>Agrega tu propio sentimiento</translation>
        </message>
        <message>
            <source>Add your own body response</source>
            <translation>Agrega tu propia reacción del cuerpo</translation>
        </message>
        <message>
            <source>How you felt (0 = not at all, 10 = overwhelming)</source>
            <translation>Cómo te sentiste (0 = nada, 10 = muchísimo)</translation>
        </message>
        <message>
            <source>What your body did</source>
            <translation>Qué hizo tu cuerpo</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Conductas</translation>
        </message>
        <message>
            <source>Feelings</source>
            <translation>Sentimientos</translation>
        </message>
        <message>
            <source>Feelings and body</source>
            <translation>Sentimientos y cuerpo</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflexión</translation>
        </message>
        <message>
            <source>Reflection and tags</source>
            <translation>Reflexión y etiquetas</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <source>Photos, screenshots and other files</source>
            <translation>Fotos, capturas de pantalla y otros archivos</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save this entry (Ctrl+S)</source>
            <translation>Guardar esta entrada (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message numerus="yes">
            <source>Files (%n)</source>
            <translation>
                <numerusform>Archivos (%n)</numerusform>
                <numerusform>Archivos (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Amend entry</source>
            <translation>Corregir entrada</translation>
        </message>
        <message>
            <source>{when} (an amendment keeps the original)</source>
            <translation>{when} (se conserva el original)</translation>
        </message>
        <message>
            <source>set automatically when you save</source>
            <translation>se anota sola al guardar</translation>
        </message>
        <message>
            <source>How you explained it to yourself afterwards, in your own words. Private: left out of advocate exports unless you choose it.</source>
            <translation>Cómo te lo explicaste después, con tus propias palabras. Es privado: no va en las exportaciones para personas defensoras, a menos que tú lo elijas.</translation>
        </message>
        <message>
            <source>Where it happened</source>
            <translation>Dónde pasó</translation>
        </message>
        <message>
            <source>Exact words, in quotes, when you remember them</source>
            <translation>Las palabras exactas, entre comillas, si las recuerdas</translation>
        </message>
        <message>
            <source>Any injury, however small</source>
            <translation>Cualquier lesión, aunque sea pequeña</translation>
        </message>
        <message>
            <source>Doctor, hospital, pharmacy, none</source>
            <translation>Médico, hospital, farmacia, ninguna</translation>
        </message>
        <message>
            <source>Who saw or heard it</source>
            <translation>Quién lo vio o lo oyó</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Sin anotar</translation>
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
            <source>If reported: police station, report number</source>
            <translation>Si lo denunciaste: estación de policía, número de denuncia</translation>
        </message>
        <message>
            <source>Messages, tracking, accounts, photos</source>
            <translation>Mensajes, rastreo, cuentas, fotos</translation>
        </message>
        <message>
            <source>Your own thoughts. Left out of advocate exports by default.</source>
            <translation>Tus propios pensamientos. No van en las exportaciones para personas defensoras, salvo que lo elijas.</translation>
        </message>
        <message>
            <source>Words to find this entry again, separated by commas</source>
            <translation>Palabras para volver a encontrar esta entrada, separadas por comas</translation>
        </message>
        <message>
            <source>Place, behaviours, feelings, reflection, tags and files: open them when you want</source>
            <translation>Lugar, conductas, sentimientos, reflexión, etiquetas y archivos: ábrelos cuando quieras</translation>
        </message>
        <message>
            <source>More details</source>
            <translation>Más detalles</translation>
        </message>
        <message>
            <source>Place, behaviours, feelings, reflection, tags and files</source>
            <translation>Lugar, conductas, sentimientos, reflexión, etiquetas y archivos</translation>
        </message>
        <message>
            <source>“When it happened” is later than now. Check the date and time.</source>
            <translation>“Cuándo pasó” es más tarde que ahora. Revisa la fecha y la hora.</translation>
        </message>
        <message>
            <source>“It went on until” is later than now. Check the date and time.</source>
            <translation>“Siguió hasta” es más tarde que ahora. Revisa la fecha y la hora.</translation>
        </message>
    </context>
    <context>
        <name>Entry</name>
        <message>
            <source>The end of what happened cannot be before its start.</source>
            <translation>El final de lo que pasó no puede ser antes de su comienzo.</translation>
        </message>
        <message>
            <source>“{field}” has more than {limit} items.</source>
            <translation>“{field}” tiene más de {limit} elementos.</translation>
        </message>
        <message>
            <source>Each of “{field}” can be at most {limit} characters.</source>
            <translation>Cada elemento de “{field}” puede tener como máximo {limit} caracteres.</translation>
        </message>
        <message>
            <source>An entry can record at most {limit} emotions.</source>
            <translation>Una entrada puede anotar como máximo {limit} sentimientos.</translation>
        </message>
        <message>
            <source>An emotion's name can be at most {limit} characters.</source>
            <translation>El nombre de un sentimiento puede tener como máximo {limit} caracteres.</translation>
        </message>
        <message>
            <source>“{field}” contains a broken character (half of a pair, often from a damaged copy and paste). Remove or retype it, then save again.</source>
            <translation>“{field}” tiene un carácter dañado (la mitad de un par, casi siempre al copiar y pegar). Bórralo o vuelve a escribirlo, y guarda otra vez.</translation>
        </message>
        <message>
            <source>“{field}” is too long (at most {limit} characters).</source>
            <translation>“{field}” es demasiado largo (como máximo {limit} caracteres).</translation>
        </message>
    </context>
    <context>
        <name>EntryList</name>
        <message>
            <source>Search all text of all entries (Ctrl+F)</source>
            <translation>Buscar en todo el texto de todas las entradas (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search all entries (Ctrl+F)</source>
            <translation>Buscar en todas las entradas (Ctrl+F)</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Recientes primero</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Antiguas primero</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Nueva entrada</translation>
        </message>
        <message>
            <source>Write a new entry (Ctrl+N)</source>
            <translation>Escribir una entrada nueva (Ctrl+N)</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Bloquear</translation>
        </message>
        <message>
            <source>Lock the journal (Ctrl+L)</source>
            <translation>Bloquear el diario (Ctrl+L)</translation>
        </message>
        <message>
            <source>to</source>
            <comment>between two dates</comment>
            <translation>a</translation>
        </message>
        <message>
            <source>All behaviours</source>
            <translation>Todas las conductas</translation>
        </message>
        <message>
            <source>{behaviour} ({group})</source>
            <translation>{behaviour} ({group})</translation>
        </message>
        <message numerus="yes">
            <source>%n entry</source>
            <translation>
                <numerusform>%n entrada</numerusform>
                <numerusform>%n entradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entrada</numerusform>
                <numerusform>%n entradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n entry</source>
            <translation>
                <numerusform>{shown} de %n entrada</numerusform>
                <numerusform>{shown} de %n entradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n entries</source>
            <translation>
                <numerusform>{shown} de %n entrada</numerusform>
                <numerusform>{shown} de %n entradas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntryTable</name>
        <message>
            <source>When it happened</source>
            <translation>Cuándo pasó</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Conductas</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <source>&lt;p&gt;Select an entry on the left to read it, or press &lt;b&gt;New entry&lt;/b&gt; (Ctrl+N) to write down what happened.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Selecciona una entrada a la izquierda para leerla, o presiona &lt;b&gt;Nueva entrada&lt;/b&gt; (Ctrl+N) para escribir lo que pasó.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>When it happened</source>
            <translation>Cuándo pasó</translation>
        </message>
        <message>
            <source>Recorded at</source>
            <translation>Fecha de registro</translation>
        </message>
        <message>
            <source>(high risk)</source>
            <translation>(alto riesgo)</translation>
        </message>
        <message>
            <source>{level} of 5</source>
            <translation>{level} de 5</translation>
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
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>Emotions</source>
            <translation>Sentimientos</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Revision history</source>
            <translation>Historial de cambios</translation>
        </message>
        <message>
            <source>Changes never overwrite: each amendment is added and the original is kept.</source>
            <translation>Los cambios nunca borran nada: cada corrección se agrega y el original se conserva.</translation>
        </message>
        <message>
            <source>Original</source>
            <translation>Original</translation>
        </message>
        <message>
            <source>Amendment {number}</source>
            <translation>Corrección {number}</translation>
        </message>
        <message>
            <source>recorded {when}</source>
            <translation>registrada el {when}</translation>
        </message>
        <message>
            <source>Amend…</source>
            <translation>Corregir…</translation>
        </message>
        <message>
            <source>Add a corrected version</source>
            <translation>Agregar una versión corregida</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Archivos adjuntos</translation>
        </message>
        <message numerus="yes">
            <source>Attachments (%n)</source>
            <translation>
                <numerusform>Archivos adjuntos (%n)</numerusform>
                <numerusform>Archivos adjuntos (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Incident</source>
            <translation>Incidente</translation>
        </message>
        <message>
            <source>incident</source>
            <translation>incidente</translation>
        </message>
        <message>
            <source>incidents</source>
            <translation>incidentes</translation>
        </message>
        <message>
            <source>Tension (walking on eggshells)</source>
            <translation>Tensión (andar con pies de plomo)</translation>
        </message>
        <message>
            <source>Tension</source>
            <translation>Tensión</translation>
        </message>
        <message>
            <source>time of tension</source>
            <translation>momento de tensión</translation>
        </message>
        <message>
            <source>times of tension</source>
            <translation>momentos de tensión</translation>
        </message>
        <message>
            <source>Reconciliation or affection after conflict</source>
            <translation>Reconciliación o cariño después de un conflicto</translation>
        </message>
        <message>
            <source>Reconciliation</source>
            <translation>Reconciliación</translation>
        </message>
        <message>
            <source>reconciliation</source>
            <translation>reconciliación</translation>
        </message>
        <message>
            <source>reconciliations</source>
            <translation>reconciliaciones</translation>
        </message>
        <message>
            <source>Contact attempt after leaving</source>
            <translation>Intento de contacto después de la separación</translation>
        </message>
        <message>
            <source>Contact attempt</source>
            <translation>Intento de contacto</translation>
        </message>
        <message>
            <source>contact attempt</source>
            <translation>intento de contacto</translation>
        </message>
        <message>
            <source>contact attempts</source>
            <translation>intentos de contacto</translation>
        </message>
        <message>
            <source>Reflection or calm day</source>
            <translation>Reflexión o día tranquilo</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflexión</translation>
        </message>
        <message>
            <source>reflection or calm day</source>
            <translation>reflexión o día tranquilo</translation>
        </message>
        <message>
            <source>reflections or calm days</source>
            <translation>reflexiones o días tranquilos</translation>
        </message>
        <message>
            <source>Exact time</source>
            <translation>Hora exacta</translation>
        </message>
        <message>
            <source>Day known, time not</source>
            <translation>Sé el día, no la hora</translation>
        </message>
        <message>
            <source>Approximate</source>
            <translation>Aproximada</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Happened</source>
            <translation>Cuándo pasó</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>Precisión</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Registrada</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Amended</source>
            <translation>Corregida</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <source>Words used</source>
            <translation>Palabras usadas</translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Conductas</translation>
        </message>
        <message>
            <source>Severity (1–5)</source>
            <translation>Gravedad (1–5)</translation>
        </message>
        <message>
            <source>Injuries</source>
            <translation>Lesiones</translation>
        </message>
        <message>
            <source>Medical care</source>
            <translation>Atención médica</translation>
        </message>
        <message>
            <source>Witnesses</source>
            <translation>Testigos</translation>
        </message>
        <message>
            <source>Children present</source>
            <translation>Había niños o niñas presentes</translation>
        </message>
        <message>
            <source>Police report number</source>
            <translation>Número de denuncia a la policía</translation>
        </message>
        <message>
            <source>Technology involved</source>
            <translation>Tecnología usada</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Archivos adjuntos</translation>
        </message>
        <message>
            <source>Emotional responses (0–10)</source>
            <translation>Sentimientos (0–10)</translation>
        </message>
        <message>
            <source>Body responses</source>
            <translation>Reacciones del cuerpo</translation>
        </message>
        <message>
            <source>Private reflection</source>
            <translation>Reflexión privada</translation>
        </message>
        <message>
            <source>What I told myself afterwards</source>
            <translation>Lo que me dije después</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>How they made contact (call, message, in person…)</source>
            <translation>Cómo se puso en contacto (llamada, mensaje, en persona…)</translation>
        </message>
        <message>
            <source>What they asked for or said</source>
            <translation>Qué te pidió o te dijo</translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <source>Draft restored. Save it when you are ready.</source>
            <translation>Borrador recuperado. Guárdalo cuando quieras.</translation>
        </message>
        <message>
            <source>Discard the unsaved entry?</source>
            <translation>¿Descartar la entrada sin guardar?</translation>
        </message>
        <message>
            <source>The entry you started last time will be deleted for good. Discard it?</source>
            <translation>La entrada que empezaste la última vez se eliminará para siempre. ¿Quieres descartarla?</translation>
        </message>
        <message>
            <source>You have an unsaved entry from last time.</source>
            <translation>Tienes una entrada sin guardar de la última vez.</translation>
        </message>
        <message>
            <source>Resume draft</source>
            <translation>Seguir con el borrador</translation>
        </message>
        <message>
            <source>Discard draft</source>
            <translation>Descartar el borrador</translation>
        </message>
        <message>
            <source>Amendment saved. The original is kept in the history.</source>
            <translation>Corrección guardada. El original se conserva en el historial.</translation>
        </message>
        <message>
            <source>Entry saved.</source>
            <translation>Entrada guardada.</translation>
        </message>
        <message>
            <source>Discard this entry?</source>
            <translation>¿Descartar esta entrada?</translation>
        </message>
        <message>
            <source>What you typed has not been saved as an entry. Discard it?</source>
            <translation>Lo que escribiste no se guardó como entrada. ¿Quieres descartarlo?</translation>
        </message>
        <message>
            <source>Delete this entry?</source>
            <translation>¿Eliminar esta entrada?</translation>
        </message>
        <message>
            <source>The entry and all its earlier versions will be removed for good. The journal keeps only a marker that an entry was deleted (no content), so its integrity can still be checked.</source>
            <translation>La entrada y todas sus versiones anteriores se eliminarán para siempre. El diario solo guarda una marca de que se eliminó una entrada (sin contenido), para que se pueda seguir comprobando su integridad.</translation>
        </message>
        <message>
            <source>Entry deleted.</source>
            <translation>Entrada eliminada.</translation>
        </message>
        <message numerus="yes">
            <source>%n attachment added.</source>
            <translation>
                <numerusform>Se agregó %n archivo adjunto.</numerusform>
                <numerusform>Se agregaron %n archivos adjuntos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attachments added.</source>
            <translation>
                <numerusform>Se agregó %n archivo adjunto.</numerusform>
                <numerusform>Se agregaron %n archivos adjuntos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} files could not be added; you can add them again below the entry.</source>
            <translation>
                <numerusform>No se pudo agregar %n de {total} archivos; puedes agregarlo otra vez debajo de la entrada.</numerusform>
                <numerusform>No se pudieron agregar %n de {total} archivos; puedes agregarlos otra vez debajo de la entrada.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Names</name>
        <message>
            <source>Add file…</source>
            <translation>Agregar archivo…</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Ver</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Guardar una copia…</translation>
        </message>
        <message>
            <source>Remove attachment</source>
            <translation>Quitar el archivo adjunto</translation>
        </message>
        <message>
            <source>SHA-256 of the selected attachment</source>
            <translation>SHA-256 del archivo adjunto seleccionado</translation>
        </message>
        <message>
            <source>Location note</source>
            <translation>Nota sobre la ubicación</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Archivos adjuntos</translation>
        </message>
        <message>
            <source>Picture viewer</source>
            <translation>Visor de imágenes</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <source>Actual size</source>
            <translation>Tamaño real</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Sound player</source>
            <translation>Reproductor de sonido</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posición</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Reproducir</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Adding attachment</source>
            <translation>Agregando un archivo adjunto</translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Conductas</translation>
        </message>
        <message>
            <source>Behaviour description</source>
            <translation>Descripción de la conducta</translation>
        </message>
        <message>
            <source>Safety note</source>
            <translation>Nota de seguridad</translation>
        </message>
        <message>
            <source>Get help</source>
            <translation>Pedir ayuda</translation>
        </message>
        <message>
            <source>Add your own behaviour</source>
            <translation>Agrega tu propia conducta</translation>
        </message>
        <message>
            <source>Add behaviour</source>
            <translation>Agregar conducta</translation>
        </message>
        <message>
            <source>Recorded at</source>
            <translation>Fecha de registro</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>When it happened</source>
            <translation>Cuándo pasó</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>Precisión</translation>
        </message>
        <message>
            <source>It went on until</source>
            <translation>Siguió hasta</translation>
        </message>
        <message>
            <source>Ended at</source>
            <translation>Terminó el</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <source>Add your own emotion</source>
            <translation>Agrega tu propio sentimiento</translation>
        </message>
        <message>
            <source>Add emotion</source>
            <translation>Agregar sentimiento</translation>
        </message>
        <message>
            <source>Add your own body response</source>
            <translation>Agrega tu propia reacción del cuerpo</translation>
        </message>
        <message>
            <source>Add body response</source>
            <translation>Agregar reacción del cuerpo</translation>
        </message>
        <message>
            <source>More details</source>
            <translation>Más detalles</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Words used</source>
            <translation>Palabras usadas</translation>
        </message>
        <message>
            <source>Injuries</source>
            <translation>Lesiones</translation>
        </message>
        <message>
            <source>Medical care</source>
            <translation>Atención médica</translation>
        </message>
        <message>
            <source>Witnesses</source>
            <translation>Testigos</translation>
        </message>
        <message>
            <source>Children present</source>
            <translation>Había niños o niñas presentes</translation>
        </message>
        <message>
            <source>Police report number</source>
            <translation>Número de denuncia a la policía</translation>
        </message>
        <message>
            <source>Technology involved</source>
            <translation>Tecnología usada</translation>
        </message>
        <message>
            <source>Private reflection</source>
            <translation>Reflexión privada</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>What I told myself afterwards</source>
            <translation>Lo que me dije después</translation>
        </message>
        <message>
            <source>Severity (1–5)</source>
            <translation>Gravedad (1–5)</translation>
        </message>
        <message>
            <source>What the severity means</source>
            <translation>Qué significa la gravedad</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Filter by kind</source>
            <translation>Filtrar por tipo</translation>
        </message>
        <message>
            <source>Filter by behaviour</source>
            <translation>Filtrar por conducta</translation>
        </message>
        <message>
            <source>Dates: filter by when it happened</source>
            <translation>Fechas: filtrar por cuándo pasó</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Desde la fecha</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Hasta la fecha</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Orden</translation>
        </message>
        <message>
            <source>Number of entries shown</source>
            <translation>Número de entradas que se muestran</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Nueva entrada</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Bloquear</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <source>Amend</source>
            <translation>Corregir</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Problems found in this journal</source>
            <translation>Problemas encontrados en este diario</translation>
        </message>
        <message>
            <source>Dismiss problems message</source>
            <translation>Ocultar el mensaje de problemas</translation>
        </message>
    </context>
    <context>
        <name>ProblemsBanner</name>
        <message>
            <source>Entries that can be read are shown. What you can do: keep the journal file as it is; restore a recent backup (Journal ▸ Restore from a backup…) or open the journal with your recovery code; if you think someone else changed the file, talk to an advocate or someone you trust.</source>
            <translation>Se muestran las entradas que se pueden leer. Esto es lo que puedes hacer: deja el archivo del diario como está; restaura una copia de seguridad reciente (Diario ▸ Restaurar desde una copia de seguridad…) o abre el diario con tu código de recuperación; si crees que otra persona cambió el archivo, habla con una persona defensora o con alguien de confianza.</translation>
        </message>
        <message numerus="yes">
            <source>• and %n more (Journal ▸ Check integrity lists them all).</source>
            <translation>
                <numerusform>• y %n más (Diario ▸ Comprobar integridad los muestra todos).</numerusform>
                <numerusform>• y %n más (Diario ▸ Comprobar integridad los muestra todos).</numerusform>
            </translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Ocultar este mensaje</translation>
        </message>
        <message numerus="yes">
            <source>When the journal was unlocked, %n problem(s) were found:</source>
            <translation>
                <numerusform>Al desbloquear el diario, se encontró %n problema:</numerusform>
                <numerusform>Al desbloquear el diario, se encontraron %n problemas:</numerusform>
            </translation>
        </message>
    </context>
</TS>
