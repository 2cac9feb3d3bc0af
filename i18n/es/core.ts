<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AttachmentFiles</name>
        <message>
            <source>This photo contains location data (GPS). Anyone you share an export with could see where it was taken.</source>
            <translation>Esta foto tiene datos de ubicación (GPS). Cualquier persona con quien compartas una exportación podría ver dónde se tomó.</translation>
        </message>
        <message>
            <source>attachment</source>
            <comment>the name of a file without one</comment>
            <translation>adjunto</translation>
        </message>
        <message>
            <source>1 byte</source>
            <translation>1 byte</translation>
        </message>
        <message>
            <source>{count} bytes</source>
            <translation>{count} bytes</translation>
        </message>
        <message>
            <source>Only ordinary files can be attached; “{name}” is a folder, a device or another special file. Nothing was added.</source>
            <translation>Solo se pueden adjuntar archivos comunes. “{name}” es una carpeta, un dispositivo u otro tipo especial de archivo. No se agregó nada.</translation>
        </message>
        <message>
            <source>The file could not be read ({reason}).</source>
            <translation>No se pudo leer el archivo ({reason}).</translation>
        </message>
        <message>
            <source>Please choose a file name, not a folder.</source>
            <translation>Elige un nombre de archivo, no una carpeta.</translation>
        </message>
        <message>
            <source>The folder chosen for the copy does not exist.</source>
            <translation>La carpeta que elegiste para la copia no existe.</translation>
        </message>
        <message>
            <source>The copy could not be written ({reason}).</source>
            <translation>No se pudo guardar la copia ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>Canonical</name>
        <message>
            <source>A text holds a broken character (a lone surrogate).</source>
            <translation>Un texto tiene un carácter dañado (un sustituto suelto).</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>approx. {when}</source>
            <translation>aprox. {when}</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>aún sin guardar</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>There is no backup at this location.</source>
            <translation>No hay ninguna copia de seguridad en este lugar.</translation>
        </message>
        <message>
            <source>That is the journal itself, not a backup.</source>
            <translation>Ese es el diario mismo, no una copia de seguridad.</translation>
        </message>
        <message>
            <source>This backup is damaged or was changed, so it was not restored: {problem}</source>
            <translation>Esta copia de seguridad está dañada o fue cambiada, así que no se restauró: {problem}</translation>
        </message>
        <message>
            <source>The backup could not be put in place ({reason}).</source>
            <translation>No se pudo poner la copia de seguridad en su lugar ({reason}).</translation>
        </message>
        <message>
            <source>The backup cannot be read ({reason}).</source>
            <translation>No se puede leer la copia de seguridad ({reason}).</translation>
        </message>
        <message>
            <source>This file is not a Reality Check journal or backup.</source>
            <translation>Este archivo no es un diario ni una copia de seguridad de Reality Check.</translation>
        </message>
        <message>
            <source>The journal's folder cannot be written to ({reason}).</source>
            <translation>No se puede guardar nada en la carpeta del diario ({reason}).</translation>
        </message>
        <message>
            <source>The backup is damaged and cannot be read.</source>
            <translation>La copia de seguridad está dañada y no se puede leer.</translation>
        </message>
    </context>
    <context>
        <name>Strength</name>
        <message>
            <source>Too short</source>
            <translation>Muy corta</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Débil</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Regular</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Fuerte</translation>
        </message>
        <message>
            <source>Very strong</source>
            <translation>Muy fuerte</translation>
        </message>
        <message>
            <source>Use at least {count} characters.</source>
            <translation>Usa al menos {count} caracteres.</translation>
        </message>
        <message>
            <source>Add more words: four or more unrelated words work well.</source>
            <translation>Agrega más palabras: cuatro o más palabras sin relación entre sí funcionan bien.</translation>
        </message>
        <message>
            <source>Acceptable. A few more words would make it stronger.</source>
            <translation>Aceptable. Unas cuantas palabras más la harían más fuerte.</translation>
        </message>
        <message>
            <source>Good. Make sure nobody can guess it from your life.</source>
            <translation>Buena. Asegúrate de que nadie la pueda adivinar por lo que sabe de tu vida.</translation>
        </message>
        <message>
            <source>Excellent. Make sure you can remember it.</source>
            <translation>Excelente. Asegúrate de que la puedas recordar.</translation>
        </message>
    </context>
    <context>
        <name>Vault</name>
        <message>
            <source>The journal's key settings are not valid.</source>
            <translation>Los ajustes de la clave del diario no son válidos.</translation>
        </message>
        <message>
            <source>The journal's key settings are weaker than this app allows.</source>
            <translation>Los ajustes de la clave del diario son más débiles de lo que esta aplicación permite.</translation>
        </message>
        <message>
            <source>The journal asks for more memory or time to unlock than this app allows.</source>
            <translation>El diario pide más memoria o más tiempo para desbloquearse de lo que esta aplicación permite.</translation>
        </message>
        <message>
            <source>The passphrase must not be empty.</source>
            <translation>La frase de contraseña no puede estar vacía.</translation>
        </message>
        <message>
            <source>A recovery code has 32 letters and digits, in 8 groups of 4.</source>
            <translation>Un código de recuperación tiene 32 letras y números, en 8 grupos de 4.</translation>
        </message>
        <message>
            <source>A record is too short to be valid.</source>
            <translation>Un registro es demasiado corto para ser válido.</translation>
        </message>
        <message>
            <source>A record failed its integrity check.</source>
            <translation>Un registro no pasó su control de integridad.</translation>
        </message>
        <message>
            <source>A record's padding is damaged.</source>
            <translation>El relleno de un registro está dañado.</translation>
        </message>
        <message>
            <source>The journal header is damaged.</source>
            <translation>El encabezado del diario está dañado.</translation>
        </message>
        <message>
            <source>The backup cannot be written there ({reason}).</source>
            <translation>No se puede guardar la copia de seguridad ahí ({reason}).</translation>
        </message>
        <message>
            <source>A backup cannot replace the journal itself; choose another file.</source>
            <translation>Una copia de seguridad no puede reemplazar al diario mismo. Elige otro archivo.</translation>
        </message>
        <message>
            <source>The folder chosen for the backup does not exist.</source>
            <translation>La carpeta que elegiste para la copia de seguridad no existe.</translation>
        </message>
        <message>
            <source>The backup could not be written ({reason}).</source>
            <translation>No se pudo guardar la copia de seguridad ({reason}).</translation>
        </message>
        <message>
            <source>Attachment record {seq} is damaged.</source>
            <translation>El registro de archivo adjunto {seq} está dañado.</translation>
        </message>
        <message>
            <source>A journal record is damaged.</source>
            <translation>Un registro del diario está dañado.</translation>
        </message>
        <message>
            <source>The chain head record is damaged.</source>
            <translation>El registro principal de la cadena está dañado.</translation>
        </message>
        <message>
            <source>The journal's record count does not match its chain: records may have been removed or rolled back.</source>
            <translation>La cantidad de registros del diario no coincide con su cadena: puede que se hayan quitado registros o que se haya vuelto a un estado anterior.</translation>
        </message>
        <message>
            <source>The saved {name} is not in the journal's chain (added outside the app).</source>
            <translation>El documento guardado “{name}” no está en la cadena del diario (se agregó fuera de la aplicación).</translation>
        </message>
        <message>
            <source>The saved {name} is not the one last saved (changed, or an old copy put back).</source>
            <translation>El documento guardado “{name}” no es el último que se guardó (se cambió o se volvió a poner una copia vieja).</translation>
        </message>
        <message>
            <source>Chain link {seq} appears more than once.</source>
            <translation>El eslabón {seq} de la cadena aparece más de una vez.</translation>
        </message>
        <message>
            <source>Chain links {first}–{last} are missing (records were removed).</source>
            <translation>Faltan los eslabones {first}–{last} de la cadena (se quitaron registros).</translation>
        </message>
        <message>
            <source>Chain link {seq} does not follow the link before it.</source>
            <translation>El eslabón {seq} de la cadena no sigue al eslabón anterior.</translation>
        </message>
        <message>
            <source>Chain link {seq}'s content does not match its hash.</source>
            <translation>El contenido del eslabón {seq} de la cadena no coincide con su hash.</translation>
        </message>
        <message>
            <source>Chain link {seq} holds content of a deleted entry (an old copy was put back).</source>
            <translation>El eslabón {seq} de la cadena tiene contenido de una entrada eliminada (se volvió a poner una copia vieja).</translation>
        </message>
        <message>
            <source>Chain link {seq} holds details of a removed attachment (an old copy was put back).</source>
            <translation>El eslabón {seq} de la cadena tiene datos de un archivo adjunto que se quitó (se volvió a poner una copia vieja).</translation>
        </message>
        <message>
            <source>Chain link {seq} lost its content.</source>
            <translation>El eslabón {seq} de la cadena perdió su contenido.</translation>
        </message>
        <message>
            <source>Chain link {seq} lost its attachment details.</source>
            <translation>El eslabón {seq} de la cadena perdió los datos de su archivo adjunto.</translation>
        </message>
        <message>
            <source>The chain head record is missing.</source>
            <translation>Falta el registro principal de la cadena.</translation>
        </message>
        <message>
            <source>The chain head says {expected} links but {found} were found: records were removed, added or rolled back.</source>
            <translation>El registro principal de la cadena indica {expected} eslabones, pero se encontraron {found}: se quitaron o agregaron registros, o se volvió a un estado anterior.</translation>
        </message>
        <message>
            <source>The chain head does not match the last link.</source>
            <translation>El registro principal de la cadena no coincide con el último eslabón.</translation>
        </message>
        <message>
            <source>The journal file was rolled back to an earlier state.</source>
            <translation>El archivo del diario se volvió a un estado anterior.</translation>
        </message>
        <message>
            <source>The file could not be read ({reason}).</source>
            <translation>No se pudo leer el archivo ({reason}).</translation>
        </message>
        <message>
            <source>The attachment “{name}” is damaged and cannot be read.</source>
            <translation>El archivo adjunto “{name}” está dañado y no se puede leer.</translation>
        </message>
        <message>
            <source>Part of the attachment “{name}” is missing.</source>
            <translation>Falta una parte del archivo adjunto “{name}”.</translation>
        </message>
        <message numerus="yes">
            <source>Attachment parts that belong to no attachment (removed content was put back, or parts were added): %n.</source>
            <translation>
                <numerusform>Hay %n parte de un archivo adjunto que no pertenece a ningún archivo adjunto (se volvió a poner contenido que se había quitado, o se agregaron partes).</numerusform>
                <numerusform>Hay %n partes de archivos adjuntos que no pertenecen a ningún archivo adjunto (se volvió a poner contenido que se había quitado, o se agregaron partes).</numerusform>
            </translation>
        </message>
        <message>
            <source>The saved draft is damaged.</source>
            <translation>El borrador guardado está dañado.</translation>
        </message>
        <message>
            <source>This could not be saved: it contains a broken character (half of a pair, often from a damaged copy and paste). Remove or retype it, then save again.</source>
            <translation>No se pudo guardar: tiene un carácter dañado (la mitad de un par, muchas veces por copiar y pegar). Bórralo o escríbelo de nuevo y vuelve a guardar.</translation>
        </message>
        <message>
            <source>This could not be saved: it is not plain data.</source>
            <translation>No se pudo guardar: no son datos simples.</translation>
        </message>
        <message>
            <source>This could not be saved: it is too large (more than 4 MB of text). Shorten it, then save again.</source>
            <translation>No se pudo guardar: es demasiado grande (más de 4 MB de texto). Hazlo más corto y vuelve a guardar.</translation>
        </message>
        <message>
            <source>The saved {name} is damaged.</source>
            <translation>El documento guardado “{name}” está dañado.</translation>
        </message>
        <message>
            <source>The journal's header was changed outside the app (its authentication does not match). Your passphrase may be right: try your recovery code or a backup.</source>
            <translation>El encabezado del diario se cambió fuera de la aplicación (su autenticación no coincide). Puede que tu frase de contraseña sea correcta: prueba con tu código de recuperación o con una copia de seguridad.</translation>
        </message>
        <message>
            <source>The journal header is damaged (its checksum does not match).</source>
            <translation>El encabezado del diario está dañado (su suma de control no coincide).</translation>
        </message>
        <message>
            <source>This journal was made by a newer version of Reality Check. Please update the app.</source>
            <translation>Este diario se creó con una versión más nueva de Reality Check. Actualiza la aplicación, por favor.</translation>
        </message>
        <message>
            <source>This journal uses a cipher this version does not know.</source>
            <translation>Este diario usa un cifrado que esta versión no conoce.</translation>
        </message>
        <message>
            <source>The file was not added: storing it was interrupted. Please add it again.</source>
            <translation>No se agregó el archivo: se interrumpió mientras se guardaba. Agrégalo de nuevo, por favor.</translation>
        </message>
        <message>
            <source>Entry record {seq} is damaged.</source>
            <translation>El registro de entrada {seq} está dañado.</translation>
        </message>
        <message>
            <source>This journal's header does not belong to its records (an old copy of the header may have been put back). Your passphrase may be right: try your recovery code or a backup.</source>
            <translation>El encabezado de este diario no corresponde a sus registros (puede que se haya vuelto a poner una copia vieja del encabezado). Puede que tu frase de contraseña sea correcta: prueba con tu código de recuperación o con una copia de seguridad.</translation>
        </message>
        <message>
            <source>The chain head is older than the journal's format (rolled back).</source>
            <translation>El registro principal de la cadena es más viejo que el formato del diario (se volvió a un estado anterior).</translation>
        </message>
        <message>
            <source>The journal could not be upgraded (its backup copy did not check).</source>
            <translation>No se pudo actualizar el diario (su copia de seguridad no pasó la comprobación).</translation>
        </message>
        <message>
            <source>This journal was upgraded to a new file format; a copy of it as it was before is kept beside it as “{name}” because the upgraded journal shows problems.</source>
            <translation>Este diario se actualizó a un formato de archivo nuevo. Junto a él se guarda una copia de cómo era antes, con el nombre “{name}”, porque el diario actualizado muestra problemas.</translation>
        </message>
        <message>
            <source>A journal already exists at this location.</source>
            <translation>Ya hay un diario en este lugar.</translation>
        </message>
        <message>
            <source>Cannot create the journal there ({reason}).</source>
            <translation>No se puede crear el diario ahí ({reason}).</translation>
        </message>
        <message>
            <source>A journal cannot be created through a link; choose a real folder.</source>
            <translation>No se puede crear un diario a través de un enlace. Elige una carpeta real.</translation>
        </message>
        <message>
            <source>The journal file is damaged and cannot be opened.</source>
            <translation>El archivo del diario está dañado y no se puede abrir.</translation>
        </message>
        <message>
            <source>The journal cannot be read ({reason}).</source>
            <translation>No se puede leer el diario ({reason}).</translation>
        </message>
        <message>
            <source>A record's content is damaged.</source>
            <translation>El contenido de un registro está dañado.</translation>
        </message>
        <message>
            <source>Please choose a new passphrase first.</source>
            <translation>Primero elige una frase de contraseña nueva, por favor.</translation>
        </message>
        <message>
            <source>The journal file is damaged and cannot be read.</source>
            <translation>El archivo del diario está dañado y no se puede leer.</translation>
        </message>
        <message>
            <source>A record has an invalid format.</source>
            <translation>Un registro tiene un formato que no es válido.</translation>
        </message>
        <message>
            <source>The saved draft is damaged and cannot be read.</source>
            <translation>El borrador guardado está dañado y no se puede leer.</translation>
        </message>
        <message>
            <source>Record {record} is damaged and cannot be read.</source>
            <translation>El registro {record} está dañado y no se puede leer.</translation>
        </message>
        <message>
            <source>The journal file's structure was changed outside the app (it holds {what}). It was not opened, and nothing was written to it. Use a backup, or ask someone you trust for help.</source>
            <translation>La estructura del archivo del diario se cambió fuera de la aplicación (tiene {what}). No se abrió y no se guardó nada en él. Puedes usar una copia de seguridad o pedir ayuda a alguien de confianza.</translation>
        </message>
        <message>
            <source>extra triggers</source>
            <translation>disparadores adicionales</translation>
        </message>
        <message>
            <source>extra views</source>
            <translation>vistas adicionales</translation>
        </message>
        <message>
            <source>extra indexes</source>
            <translation>índices adicionales</translation>
        </message>
        <message>
            <source>extra tables</source>
            <translation>tablas adicionales</translation>
        </message>
        <message>
            <source>extra objects</source>
            <translation>objetos adicionales</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} y {second}</translation>
        </message>
        <message>
            <source>The journal file is damaged: part of its structure is missing.</source>
            <translation>El archivo del diario está dañado: falta parte de su estructura.</translation>
        </message>
        <message>
            <source>The journal file is damaged (its database check failed).</source>
            <translation>El archivo del diario está dañado (no pasó la comprobación de su base de datos).</translation>
        </message>
        <message>
            <source>The journal header is missing.</source>
            <translation>Falta el encabezado del diario.</translation>
        </message>
        <message>
            <source>There is no journal at this location.</source>
            <translation>No hay ningún diario en este lugar.</translation>
        </message>
        <message>
            <source>This journal file also exists under another name on this computer (a hard link), so changes could be lost or seen elsewhere. It was not opened. Make a copy of it (for example with a backup) and open the copy instead.</source>
            <translation>Este archivo del diario también existe con otro nombre en esta computadora (un enlace duro), así que los cambios podrían perderse o verse en otro lugar. No se abrió. Haz una copia (por ejemplo, con una copia de seguridad) y abre la copia.</translation>
        </message>
        <message>
            <source>The journal's folder cannot be written to ({reason}).</source>
            <translation>No se puede guardar nada en la carpeta del diario ({reason}).</translation>
        </message>
        <message>
            <source>The journal file is damaged and cannot be written.</source>
            <translation>El archivo del diario está dañado y no se puede guardar en él.</translation>
        </message>
        <message>
            <source>The disk is full: the entry was not saved. Free some space and try again.</source>
            <translation>El disco está lleno: la entrada no se guardó. Libera algo de espacio e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>The journal file cannot be written (it is read-only).</source>
            <translation>No se puede guardar en el archivo del diario (es de solo lectura).</translation>
        </message>
        <message>
            <source>The journal could not be saved ({reason}).</source>
            <translation>No se pudo guardar el diario ({reason}).</translation>
        </message>
        <message>
            <source>The journal is closed.</source>
            <translation>El diario está cerrado.</translation>
        </message>
        <message>
            <source>The journal could not be saved (it was interrupted).</source>
            <translation>No se pudo guardar el diario (se interrumpió).</translation>
        </message>
        <message>
            <source>This journal uses a key setting this version does not know.</source>
            <translation>Este diario usa un ajuste de clave que esta versión no conoce.</translation>
        </message>
        <message>
            <source>Please type your passphrase.</source>
            <translation>Escribe tu frase de contraseña, por favor.</translation>
        </message>
        <message>
            <source>That passphrase does not open this journal.</source>
            <translation>Esa frase de contraseña no abre este diario.</translation>
        </message>
        <message>
            <source>That recovery code does not open this journal.</source>
            <translation>Ese código de recuperación no abre este diario.</translation>
        </message>
        <message numerus="yes">
            <source>Saved documents (plans, contacts, check-ins or settings) deleted from the file: %n.</source>
            <translation>
                <numerusform>Se eliminó del archivo %n documento guardado (planes, contactos, chequeos personales o configuración).</numerusform>
                <numerusform>Se eliminaron del archivo %n documentos guardados (planes, contactos, chequeos personales o configuración).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VaultErrors</name>
        <message>
            <source>That attachment does not exist (it may have been removed).</source>
            <translation>Ese archivo adjunto no existe (puede que se haya quitado).</translation>
        </message>
        <message>
            <source>The journal could not be opened.</source>
            <translation>No se pudo abrir el diario.</translation>
        </message>
        <message>
            <source>That passphrase does not open this journal.</source>
            <translation>Esa frase de contraseña no abre este diario.</translation>
        </message>
        <message>
            <source>Part of this journal is damaged and cannot be read.</source>
            <translation>Una parte de este diario está dañada y no se puede leer.</translation>
        </message>
        <message>
            <source>The journal is locked.</source>
            <translation>El diario está bloqueado.</translation>
        </message>
        <message>
            <source>This journal is already open in another Reality Check window. Close that window first.</source>
            <translation>Este diario ya está abierto en otra ventana de Reality Check. Primero cierra esa ventana.</translation>
        </message>
        <message>
            <source>The journal is busy storing a file; try again in a moment.</source>
            <translation>El diario está ocupado guardando un archivo. Inténtalo de nuevo en un momento.</translation>
        </message>
        <message>
            <source>Adding the file was cancelled; nothing of it was kept.</source>
            <translation>Se dejó de agregar el archivo. No se guardó nada de él.</translation>
        </message>
        <message>
            <source>Changing the journal's keys was cancelled; nothing was changed.</source>
            <translation>Se canceló el cambio de las claves del diario. No se cambió nada.</translation>
        </message>
        <message>
            <source>This journal's file has been changed since you last opened it here; your passphrase may be right. Try your recovery code or a backup.</source>
            <translation>El archivo de este diario cambió desde la última vez que lo abriste aquí. Puede que tu frase de contraseña sea correcta. Prueba con tu código de recuperación o con una copia de seguridad.</translation>
        </message>
        <message>
            <source>This file is not a Reality Check journal this version can open.</source>
            <translation>Este archivo no es un diario de Reality Check que esta versión pueda abrir.</translation>
        </message>
        <message>
            <source>That entry does not exist.</source>
            <translation>Esa entrada no existe.</translation>
        </message>
    </context>
</TS>
