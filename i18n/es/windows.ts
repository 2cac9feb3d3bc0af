<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Backup</name>
        <message>
            <source>Journal backup (*.rcv)</source>
            <translation>Copia de seguridad del diario (*.rcv)</translation>
        </message>
        <message>
            <source>Back up journal</source>
            <translation>Hacer una copia de seguridad del diario</translation>
        </message>
        <message>
            <source>The backup was saved as {name}. It is encrypted: it opens with the passphrase this journal has now. Keep it somewhere the other person will not look, for example a USB stick you keep with you.</source>
            <translation>La copia de seguridad se guardó como {name}. Está cifrada: se abre con la frase de contraseña que tiene ahora este diario. Guárdala donde la otra persona no vaya a buscar, por ejemplo en una memoria USB que lleves contigo.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Restoring replaces the journal on this computer with the backup.&lt;/b&gt; Entries written since the backup was made will be gone, and the journal's passphrase becomes the one the backup was made with. The backup is checked first, and the current journal file is kept until the restored one has opened: if anything is wrong, your journal stays as it is.</source>
            <translation>&lt;b&gt;Al restaurar, el diario de esta computadora se reemplaza por la copia de seguridad.&lt;/b&gt; Las entradas escritas después de hacer la copia se perderán, y la frase de contraseña del diario pasa a ser la que tenía cuando se hizo la copia. Primero se revisa la copia, y el archivo del diario actual se conserva hasta que el restaurado se abra: si algo sale mal, tu diario se queda como está.</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Restoring replaces the journal on this computer with a backup.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use this when your journal no longer opens, or when you have forgotten its passphrase and have a backup. Anything written since the backup was made will be gone.&lt;/p&gt;&lt;p&gt;You will need the passphrase the journal had &lt;i&gt;when the backup was made&lt;/i&gt;. The current journal file is kept until the restored one has opened; if the passphrase is wrong or the backup is damaged, nothing changes.&lt;/p&gt;&lt;p&gt;Choose OK to pick the backup file.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Al restaurar, el diario de esta computadora se reemplaza por una copia de seguridad.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Usa esto si tu diario ya no se abre, o si olvidaste su frase de contraseña y tienes una copia de seguridad. Todo lo que escribiste después de hacer la copia se perderá.&lt;/p&gt;&lt;p&gt;Vas a necesitar la frase de contraseña que tenía el diario &lt;i&gt;cuando se hizo la copia&lt;/i&gt;. El archivo del diario actual se conserva hasta que el restaurado se abra; si la frase de contraseña no es correcta o la copia está dañada, no cambia nada.&lt;/p&gt;&lt;p&gt;Elige Aceptar para escoger el archivo de la copia.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Restoring</source>
            <translation>Restaurando</translation>
        </message>
        <message>
            <source>Backup file:</source>
            <translation>Archivo de la copia:</translation>
        </message>
        <message>
            <source>&amp;Passphrase of the backup:</source>
            <translation>&amp;Frase de contraseña de la copia:</translation>
        </message>
        <message>
            <source>Type the passphrase the journal had when the backup was made.</source>
            <translation>Escribe la frase de contraseña que tenía el diario cuando se hizo la copia.</translation>
        </message>
        <message>
            <source>Checking the backup… this takes a few seconds.</source>
            <translation>Revisando la copia de seguridad… Esto tarda unos segundos.</translation>
        </message>
        <message>
            <source>That passphrase does not open this backup. Type the passphrase the journal had when the backup was made. Your journal was not changed.</source>
            <translation>Esa frase de contraseña no abre esta copia. Escribe la frase de contraseña que tenía el diario cuando se hizo la copia. Tu diario no cambió.</translation>
        </message>
        <message>
            <source>{problem} Your journal was not changed.</source>
            <translation>{problem} Tu diario no cambió.</translation>
        </message>
        <message>
            <source>The backup could not be restored ({problem}). Your journal was not changed.</source>
            <translation>No se pudo restaurar la copia de seguridad ({problem}). Tu diario no cambió.</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>The journal was restored from the backup. Its passphrase is now the one the backup was made with.</source>
            <translation>El diario se restauró desde la copia de seguridad. Ahora su frase de contraseña es la que tenía cuando se hizo la copia.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nueva frase de contraseña:</translation>
        </message>
        <message>
            <source>C&amp;onfirm:</source>
            <translation>C&amp;onfirmar:</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Las dos frases de contraseña no son iguales.</translation>
        </message>
        <message>
            <source>It was stopped before it finished; the old passphrase still opens it.</source>
            <translation>Se detuvo antes de terminar; la frase de contraseña anterior todavía lo abre.</translation>
        </message>
        <message>
            <source>The passphrase was not changed. {problem}</source>
            <translation>La frase de contraseña no cambió. {problem}</translation>
        </message>
        <message>
            <source>Your new passphrase was set just before the journal locked. Unlock with it.</source>
            <translation>Tu nueva frase de contraseña quedó lista justo antes de que el diario se bloqueara. Desbloquéalo con ella.</translation>
        </message>
        <message>
            <source>Your new passphrase was set just before the journal locked. Unlock with it. Then make a new recovery code: the new one could not be shown.</source>
            <translation>Tu nueva frase de contraseña quedó lista justo antes de que el diario se bloqueara. Desbloquéalo con ella. Después crea un nuevo código de recuperación: el nuevo no se pudo mostrar.</translation>
        </message>
    </context>
    <context>
        <name>CreatePage</name>
        <message>
            <source>Create your journal</source>
            <translation>Crea tu diario</translation>
        </message>
        <message>
            <source>Choose a passphrase only you know. Several unrelated words are easier to remember and harder to guess than a short password. It cannot be reset by anyone: you will get a recovery code in case you forget it.</source>
            <translation>Elige una frase de contraseña que solo tú sepas. Varias palabras sin relación entre sí son más fáciles de recordar y más difíciles de adivinar que una contraseña corta. Nadie puede restablecerla: vas a recibir un código de recuperación por si la olvidas.</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <source>C&amp;onfirm:</source>
            <translation>C&amp;onfirmar:</translation>
        </message>
        <message>
            <source>Creating the journal</source>
            <translation>Creando el diario</translation>
        </message>
        <message>
            <source>The two passphrases are not the same yet.</source>
            <translation>Las dos frases de contraseña todavía no son iguales.</translation>
        </message>
        <message>
            <source>Type a passphrase first.</source>
            <translation>Primero escribe una frase de contraseña.</translation>
        </message>
        <message>
            <source>The passphrase is too easy to guess yet: see the hint above.</source>
            <translation>La frase de contraseña todavía es muy fácil de adivinar: mira la sugerencia de arriba.</translation>
        </message>
        <message>
            <source>Type the same passphrase again under Confirm.</source>
            <translation>Escribe otra vez la misma frase de contraseña en Confirmar.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Las dos frases de contraseña no son iguales.</translation>
        </message>
    </context>
    <context>
        <name>IntegrityReport</name>
        <message>
            <source>Check integrity</source>
            <translation>Comprobar la integridad</translation>
        </message>
        <message>
            <source>Everything checks out: {entries} entries, {revisions} saved versions, your plans, contacts, check-ins and settings: nothing in this file was changed, removed or reordered after it was written. A check cannot tell whether the whole file was replaced by an older copy of itself: if entries you remember are missing, that may be what happened.

Chain fingerprint: {fingerprint}…

The chain fingerprint is a short code computed from every saved version in order: if anything were changed, removed or reordered, it would be different. An export lists it so someone can check the copy against this journal.</source>
            <translation>Todo está en orden: {entries} entradas, {revisions} versiones guardadas, tus planes, contactos, chequeos personales y configuración. Nada de este archivo se cambió, se quitó ni se cambió de orden después de escribirse. Una comprobación no puede saber si todo el archivo se reemplazó por una copia más antigua de sí mismo: si faltan entradas que recuerdas, puede ser eso lo que pasó.

Huella de la cadena: {fingerprint}…

La huella de la cadena es un código corto que se calcula con cada versión guardada, en orden: si algo se cambiara, se quitara o se cambiara de orden, sería distinta. Las exportaciones la incluyen para que alguien pueda comparar la copia con este diario.</translation>
        </message>
        <message>
            <source>Some of the journal could not be confirmed as unchanged. Entries that can be read are still shown. Keep a copy of the journal file as it is; restore a recent backup or use your recovery code, and if you think someone changed the file, talk to an advocate or someone you trust.</source>
            <translation>No se pudo confirmar que una parte del diario esté sin cambios. Las entradas que se pueden leer se siguen mostrando. Guarda una copia del archivo del diario tal como está; restaura una copia de seguridad reciente o usa tu código de recuperación. Si crees que alguien cambió el archivo, habla con una persona defensora o con alguien de confianza.</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <source>The language was not changed, so that nothing you are writing is lost (or a file still being added). Save your entry or plan, or wait for the file, then try again.</source>
            <translation>El idioma no cambió, para que no se pierda nada de lo que estás escribiendo (ni un archivo que se está agregando). Guarda tu entrada o tu plan, o espera a que termine el archivo, y vuelve a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Hotlines, guidance and, once unlocked, your contacts and plans (F1)</source>
            <translation>Líneas de ayuda, orientación y, con el diario desbloqueado, tus contactos y planes (F1)</translation>
        </message>
        <message>
            <source>Hotlines, guidance, your contacts and plans (F1)</source>
            <translation>Líneas de ayuda, orientación, tus contactos y planes (F1)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Locked after a time without use.</source>
            <translation>Se bloqueó después de un tiempo sin uso.</translation>
        </message>
        <message>
            <source>The drive is back. Unlock to continue.</source>
            <translation>La unidad volvió a conectarse. Desbloquea el diario para continuar.</translation>
        </message>
        <message>
            <source>The drive with your journal was removed, so the journal was locked. Everything you saved is still on that drive. Plug it back in, then unlock.</source>
            <translation>Se quitó la unidad donde está tu diario, así que el diario se bloqueó. Todo lo que guardaste sigue en esa unidad. Vuelve a conectarla y desbloquea el diario.</translation>
        </message>
        <message>
            <source>Could not unlock: {error}</source>
            <translation>No se pudo desbloquear: {error}</translation>
        </message>
        <message>
            <source>{problem} If you have a backup, choose “Restore from a backup…” below.</source>
            <translation>{problem} Si tienes una copia de seguridad, elige «Restaurar desde una copia de seguridad…» aquí abajo.</translation>
        </message>
        <message>
            <source>Your new passphrase is set; the old one no longer opens this journal file. Your recovery code still works.</source>
            <translation>Tu nueva frase de contraseña está lista; la anterior ya no abre este archivo del diario. Tu código de recuperación sigue funcionando.</translation>
        </message>
        <message>
            <source>An export interrupted last time was not finished; its file was removed.</source>
            <translation>Una exportación que se interrumpió la última vez no terminó; se borró su archivo.</translation>
        </message>
    </context>
    <context>
        <name>Names</name>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Backup passphrase</source>
            <translation>Frase de contraseña de la copia</translation>
        </message>
        <message>
            <source>Restore message</source>
            <translation>Mensaje de la restauración</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>Archivo de la copia</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Get help</source>
            <translation>Pedir ayuda</translation>
        </message>
        <message>
            <source>Show passphrase</source>
            <translation>Mostrar la frase de contraseña</translation>
        </message>
        <message>
            <source>Show new passphrase</source>
            <translation>Mostrar la nueva frase de contraseña</translation>
        </message>
        <message>
            <source>Show backup passphrase</source>
            <translation>Mostrar la frase de contraseña de la copia</translation>
        </message>
        <message>
            <source>Confirmation</source>
            <translation>Confirmación</translation>
        </message>
        <message>
            <source>No printer is set up on this computer.</source>
            <translation>No hay ninguna impresora configurada en esta computadora.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Impresora</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copias</translation>
        </message>
        <message>
            <source>Quick exit</source>
            <translation>Salida rápida</translation>
        </message>
        <message>
            <source>Changing the passphrase… This takes a moment. Quick exit still works.</source>
            <translation>Cambiando la frase de contraseña… Esto tarda un momento. La Salida rápida sigue funcionando.</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>I have stored it safely</source>
            <translation>Ya lo guardé en un lugar seguro</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <source>Confirm new passphrase</source>
            <translation>Confirmar la nueva frase de contraseña</translation>
        </message>
        <message>
            <source>Changing the passphrase</source>
            <translation>Cambiando la frase de contraseña</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Código de recuperación</translation>
        </message>
        <message>
            <source>Print recovery code</source>
            <translation>Imprimir el código de recuperación</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>Lock after this long without use</source>
            <translation>Bloquear tras este tiempo sin uso</translation>
        </message>
        <message>
            <source>Neutral window title</source>
            <translation>Título neutro de la ventana</translation>
        </message>
        <message>
            <source>Page to open after quick exit</source>
            <translation>Página que se abre después de la Salida rápida</translation>
        </message>
        <message>
            <source>Create journal</source>
            <translation>Crear el diario</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Confirm passphrase</source>
            <translation>Confirmar la frase de contraseña</translation>
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation>Seguridad de la frase de contraseña</translation>
        </message>
        <message>
            <source>Why Create journal is not available</source>
            <translation>Por qué todavía no se puede crear el diario</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Unlock and set passphrase</source>
            <translation>Desbloquear y poner la frase de contraseña</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Use recovery code</source>
            <translation>Usar el código de recuperación</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Restaurar desde una copia de seguridad…</translation>
        </message>
        <message>
            <source>Unlock message</source>
            <translation>Mensaje del desbloqueo</translation>
        </message>
    </context>
    <context>
        <name>PassphraseField</name>
        <message>
            <source>Caps Lock is on.</source>
            <translation>Bloq Mayús está activado.</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Printed pages are not protected.&lt;/b&gt; Anyone who finds them can read them. Collect them from the printer at once; a shared or office printer may keep a copy of what it printed.&lt;/p&gt;&lt;p&gt;On the way to the printer, the pages pass through this computer's print queue as an unencrypted file. Any temporary copy the app makes is deleted as soon as the pages are handed over, but the print system may keep its copy until the job is done, or for a while after (usually only an administrator can open it).&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Las páginas impresas no están protegidas.&lt;/b&gt; Cualquier persona que las encuentre puede leerlas. Recógelas de la impresora enseguida; una impresora compartida o de oficina puede guardar una copia de lo que imprimió.&lt;/p&gt;&lt;p&gt;En el camino a la impresora, las páginas pasan por la cola de impresión de esta computadora como un archivo sin cifrar. La app borra cualquier copia temporal que hace en cuanto entrega las páginas, pero el sistema de impresión puede guardar su copia hasta que termine el trabajo, o un rato después (por lo general solo una persona administradora puede abrirla).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;A printed recovery code opens your journal for anyone who finds the paper. Print it only if you can keep the page somewhere safe.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Un código de recuperación impreso abre tu diario para cualquier persona que encuentre el papel. Imprímelo solo si puedes guardar la hoja en un lugar seguro.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>&amp;Printer:</source>
            <translation>&amp;Impresora:</translation>
        </message>
        <message>
            <source>&amp;Copies:</source>
            <translation>&amp;Copias:</translation>
        </message>
        <message>
            <source>The pages could not be sent to “{printer}”. Check that the printer is on and try again.</source>
            <translation>No se pudieron enviar las páginas a «{printer}». Revisa que la impresora esté encendida y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Código de recuperación</translation>
        </message>
        <message>
            <source>Print the recovery code</source>
            <translation>Imprimir el código de recuperación</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Buscar en:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Archivos de &amp;tipo:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nombre del archivo:</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Ir a la carpeta superior</translation>
        </message>
    </context>
    <context>
        <name>QuickExit</name>
        <message>
            <source>Hide this app at once, save what you typed encrypted, and close it. Shortcut: press Shift three times.</source>
            <translation>Oculta esta app enseguida, guarda cifrado lo que escribiste y la cierra. Atajo: presiona la tecla Mayús (Shift) tres veces.</translation>
        </message>
        <message>
            <source>Hide and close at once (or press Shift three times)</source>
            <translation>Ocultar y cerrar enseguida (o presiona Mayús tres veces)</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <source>Your new recovery code</source>
            <translation>Tu nuevo código de recuperación</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodePage</name>
        <message>
            <source>Your recovery code</source>
            <translation>Tu código de recuperación</translation>
        </message>
        <message>
            <source>If you ever forget your passphrase, this code is the only other way into your journal. Write it on paper and keep it somewhere the other person will not look (or with someone you trust). It is shown &lt;b&gt;only once&lt;/b&gt;.</source>
            <translation>Si algún día olvidas tu frase de contraseña, este código es la única otra forma de entrar a tu diario. Escríbelo en papel y guárdalo donde la otra persona no vaya a buscar (o con alguien de confianza). Se muestra &lt;b&gt;una sola vez&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Do not save it in a file, a photo or an email on a shared device. Printing is possible but leaves a paper copy and may leave a copy in the printer's queue.</source>
            <translation>No lo guardes en un archivo, una foto ni un correo electrónico en un dispositivo compartido. Puedes imprimirlo, pero queda una copia en papel y puede quedar otra en la cola de la impresora.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
    </context>
    <context>
        <name>RecoveryUnlockPage</name>
        <message>
            <source>Use your recovery code</source>
            <translation>Usa tu código de recuperación</translation>
        </message>
        <message>
            <source>Type your recovery code: the one you were given when you created the journal, or the newest one if you made a new one (dashes and capital letters do not matter). Then choose a new passphrase; the old one will no longer open this journal file.</source>
            <translation>Escribe tu código de recuperación: el que recibiste al crear el diario, o el más reciente si creaste uno nuevo (no importan los guiones ni las mayúsculas). Después elige una nueva frase de contraseña; la anterior ya no abrirá este archivo del diario.</translation>
        </message>
        <message>
            <source>&amp;Recovery code:</source>
            <translation>&amp;Código de recuperación:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nueva frase de contraseña:</translation>
        </message>
        <message>
            <source>C&amp;onfirm:</source>
            <translation>C&amp;onfirmar:</translation>
        </message>
        <message>
            <source>Type your recovery code.</source>
            <translation>Escribe tu código de recuperación.</translation>
        </message>
        <message>
            <source>Choose a stronger new passphrase. {hint}</source>
            <translation>Elige una nueva frase de contraseña más segura. {hint}</translation>
        </message>
        <message>
            <source>The two new passphrases are not the same.</source>
            <translation>Las dos frases de contraseña nuevas no son iguales.</translation>
        </message>
    </context>
    <context>
        <name>Rekey</name>
        <message>
            <source>Your entries stay as they are. Every entry and file is locked again with a new key, so afterwards the old passphrase opens nothing in this journal file, not even with an old copy of its header. Copies of the whole journal file made before now (backups, copies on a USB stick) still open with the old passphrase: delete those you do not need and make a new backup. Your recovery code keeps working.</source>
            <translation>Tus entradas se quedan como están. Cada entrada y cada archivo se vuelven a cerrar con una clave nueva, así que después la frase de contraseña anterior no abre nada en este archivo del diario, ni siquiera con una copia antigua de su encabezado. Las copias del archivo completo del diario hechas antes de ahora (copias de seguridad, copias en una memoria USB) todavía se abren con la frase de contraseña anterior: borra las que no necesites y haz una nueva copia de seguridad. Tu código de recuperación sigue funcionando.</translation>
        </message>
        <message>
            <source>This journal was upgraded to a newer format, so it also gets a new recovery code, shown once when the passphrase is changed.</source>
            <translation>Este diario se actualizó a un formato más nuevo, así que también recibe un nuevo código de recuperación, que se muestra una sola vez al cambiar la frase de contraseña.</translation>
        </message>
        <message>
            <source>A new recovery code will be shown once; write it down then, somewhere safe. Every entry and file is locked again with a new key, so afterwards the current recovery code opens nothing in this journal file. Copies of the whole journal file made before now (backups, copies on a USB stick) still open with the old recovery code: delete those you do not need and make a new backup.</source>
            <translation>Se mostrará un nuevo código de recuperación una sola vez; anótalo en ese momento, en un lugar seguro. Cada entrada y cada archivo se vuelven a cerrar con una clave nueva, así que después el código de recuperación actual no abre nada en este archivo del diario. Las copias del archivo completo del diario hechas antes de ahora (copias de seguridad, copias en una memoria USB) todavía se abren con el código de recuperación anterior: borra las que no necesites y haz una nueva copia de seguridad.</translation>
        </message>
        <message>
            <source>Write this code on paper and keep it where the other person will not look. It is shown only once. The old recovery code no longer opens this journal file; copies of the whole file made before now still open with it, so delete those you do not need.</source>
            <translation>Escribe este código en papel y guárdalo donde la otra persona no vaya a buscar. Se muestra una sola vez. El código de recuperación anterior ya no abre este archivo del diario; las copias del archivo completo hechas antes de ahora todavía se abren con él, así que borra las que no necesites.</translation>
        </message>
        <message>
            <source>Locking every entry and file again with a new key: {done} of {total}.</source>
            <translation>Cerrando otra vez cada entrada y cada archivo con una clave nueva: {done} de {total}.</translation>
        </message>
        <message>
            <source>Preparing the new key… This takes a moment. Quick exit still works.</source>
            <translation>Preparando la clave nueva… Esto tarda un momento. La Salida rápida sigue funcionando.</translation>
        </message>
        <message>
            <source>A new recovery code was made just as the journal locked, so it could not be shown. Unlock, then make a new recovery code.</source>
            <translation>Se creó un nuevo código de recuperación justo cuando el diario se bloqueó, así que no se pudo mostrar. Desbloquea el diario y crea un nuevo código de recuperación.</translation>
        </message>
        <message>
            <source>It was stopped before it finished; nothing was changed.</source>
            <translation>Se detuvo antes de terminar; no cambió nada.</translation>
        </message>
        <message>
            <source>Make a new recovery code?</source>
            <translation>¿Crear un nuevo código de recuperación?</translation>
        </message>
        <message>
            <source>Making a new recovery code</source>
            <translation>Creando un nuevo código de recuperación</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Código de recuperación</translation>
        </message>
        <message>
            <source>No new recovery code was made. {problem}</source>
            <translation>No se creó un nuevo código de recuperación. {problem}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Lock when the window is minimised</source>
            <translation>Bloquear al minimizar la ventana</translation>
        </message>
        <message>
            <source>Discreet mode</source>
            <translation>Modo discreto</translation>
        </message>
        <message>
            <source>After a quick exit, open this page in the browser:</source>
            <translation>Después de una Salida rápida, abrir esta página en el navegador:</translation>
        </message>
        <message>
            <source>https:// and for example a weather or news page</source>
            <translation>https:// y, por ejemplo, una página del clima o de noticias</translation>
        </message>
        <message>
            <source>Hide the window from screenshots and screen sharing</source>
            <translation>Ocultar la ventana en capturas de pantalla y al compartir pantalla</translation>
        </message>
        <message>
            <source>Hide the window from screenshots and screen sharing (Windows only)</source>
            <translation>Ocultar la ventana en capturas de pantalla y al compartir pantalla (solo en Windows)</translation>
        </message>
        <message>
            <source>This system does not let apps hide from capture.</source>
            <translation>Este sistema no permite que las apps se oculten en las capturas.</translation>
        </message>
        <message>
            <source>L&amp;anguage:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Locking</source>
            <translation>Bloqueo</translation>
        </message>
        <message>
            <source>&amp;Lock after this long without use:</source>
            <translation>&amp;Bloquear tras este tiempo sin uso:</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Privacidad</translation>
        </message>
        <message>
            <source>Neutral window &amp;title:</source>
            <translation>&amp;Título neutro de la ventana:</translation>
        </message>
        <message>
            <source>&lt;small&gt;Discreet mode shows a neutral name and icon instead of “Reality Check”, from the unlock screen on.&lt;/small&gt;</source>
            <translation>&lt;small&gt;El modo discreto muestra un nombre y un ícono neutros en lugar de «Reality Check», desde la pantalla de desbloqueo.&lt;/small&gt;</translation>
        </message>
        <message>
            <source>&lt;small&gt;Opening a page leaves an entry in the browser's history, which is why it is off unless you choose it.&lt;/small&gt;</source>
            <translation>&lt;small&gt;Abrir una página deja un rastro en el historial del navegador; por eso está desactivado, salvo que tú lo elijas.&lt;/small&gt;</translation>
        </message>
        <message>
            <source>&lt;small&gt;Locking, screen capture and the page after a quick exit are stored encrypted in your journal. The language, discreet mode and the window's size are stored on this computer without encryption, because they are needed before unlocking; they never contain anything you wrote.&lt;/small&gt;</source>
            <translation>&lt;small&gt;El bloqueo, las capturas de pantalla y la página después de una Salida rápida se guardan cifrados en tu diario. El idioma, el modo discreto y el tamaño de la ventana se guardan en esta computadora sin cifrar, porque se necesitan antes de desbloquear; nunca contienen nada de lo que escribiste.&lt;/small&gt;</translation>
        </message>
        <message>
            <source>Unlock your journal to change locking and quick exit settings.</source>
            <translation>Desbloquea tu diario para cambiar la configuración del bloqueo y de la Salida rápida.</translation>
        </message>
        <message>
            <source>Type a web address starting with https://, or untick the option.</source>
            <translation>Escribe una dirección web que empiece con https://, o desmarca la opción.</translation>
        </message>
        <message>
            <source>The settings were not saved. {problem}</source>
            <translation>La configuración no se guardó. {problem}</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Unlock your journal</source>
            <translation>Desbloquea tu diario</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <source>Unlocking</source>
            <translation>Desbloqueando</translation>
        </message>
        <message>
            <source>Replace this journal with a backup, for when it no longer opens</source>
            <translation>Reemplazar este diario por una copia de seguridad, para cuando ya no se abre</translation>
        </message>
        <message>
            <source>Type your passphrase, then press Return.</source>
            <translation>Escribe tu frase de contraseña y presiona Enter.</translation>
        </message>
        <message>
            <source>That passphrase did not work {failures} times. Please wait {seconds} s before trying again. Your journal is never erased.</source>
            <translation>Esa frase de contraseña no funcionó {failures} veces. Espera {seconds} s antes de volver a intentarlo. Tu diario nunca se borra.</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Ya puedes volver a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>&lt;p&gt;{product} is a private journal for writing down, calmly and factually, what happened, when, and how you responded. A clear record can help you trust your own memory, and you can later share parts of it with a therapist, an advocate or a lawyer.&lt;/p&gt;</source>
            <translation>&lt;p&gt;{product} es un diario privado para anotar, con calma y con hechos, qué pasó, cuándo y cómo respondiste. Un registro claro puede ayudarte a confiar en tu propia memoria, y más adelante puedes compartir partes con una o un terapeuta, una persona defensora o una abogada o abogado.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;This is a private journal for writing down, calmly and factually, what happened, when, and how you responded. A clear record can help you trust your own memory, and you can later share parts of it with a therapist, an advocate or a lawyer.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Este es un diario privado para anotar, con calma y con hechos, qué pasó, cuándo y cómo respondiste. Un registro claro puede ayudarte a confiar en tu propia memoria, y más adelante puedes compartir partes con una o un terapeuta, una persona defensora o una abogada o abogado.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Everything you write stays on this computer, encrypted.&lt;/b&gt; The app never connects to the internet. Only your passphrase (or the recovery code you will be shown next) opens it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quick exit.&lt;/b&gt; The red &lt;i&gt;Quick exit&lt;/i&gt; button, or pressing &lt;b&gt;Shift three times&lt;/b&gt;, hides the app at once, saves what you were typing (encrypted) and closes it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it cannot protect against.&lt;/b&gt; If someone has put spyware or a keylogger on this computer, or watches your screen, they may see what you type. If you can, use a device only you control. If someone forces you to reveal your passphrase, the journal can be read. Exports for a helper are &lt;i&gt;not&lt;/i&gt; encrypted: keep them somewhere safe.&lt;/p&gt;&lt;p&gt;If you are in danger right now, call your local emergency number.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Todo lo que escribes se queda en esta computadora, cifrado.&lt;/b&gt; La app nunca se conecta a internet. Solo tu frase de contraseña (o el código de recuperación que vas a ver enseguida) lo abre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Salida rápida.&lt;/b&gt; El botón rojo &lt;i&gt;Salida rápida&lt;/i&gt;, o presionar &lt;b&gt;la tecla Mayús (Shift) tres veces&lt;/b&gt;, oculta la app enseguida, guarda lo que estabas escribiendo (cifrado) y la cierra.&lt;/p&gt;&lt;p&gt;&lt;b&gt;De qué no te puede proteger.&lt;/b&gt; Si alguien puso un programa espía o un registrador de teclas en esta computadora, o mira tu pantalla, puede ver lo que escribes. Si puedes, usa un dispositivo que solo tú controles. Si alguien te obliga a decir tu frase de contraseña, puede leer el diario. Lo que exportas para otra persona &lt;i&gt;no&lt;/i&gt; está cifrado: guárdalo en un lugar seguro.&lt;/p&gt;&lt;p&gt;Si estás en peligro ahora mismo, llama al número de emergencias de tu zona.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Te damos la bienvenida</translation>
        </message>
        <message>
            <source>Welcome to {product}</source>
            <translation>Te damos la bienvenida a {product}</translation>
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message>
            <source>Exported 1 entry (not encrypted).</source>
            <translation>Se exportó 1 entrada (sin cifrar).</translation>
        </message>
        <message>
            <source>Exported {count} entries (not encrypted).</source>
            <translation>Se exportaron {count} entradas (sin cifrar).</translation>
        </message>
        <message>
            <source>Encrypted backup saved as {name}.</source>
            <translation>Copia de seguridad cifrada guardada como {name}.</translation>
        </message>
        <message>
            <source>The journal was restored from the backup.</source>
            <translation>El diario se restauró desde la copia de seguridad.</translation>
        </message>
        <message>
            <source>Passphrase changed. Old copies of the journal file still open with the old passphrase: delete those you do not need and make a new backup.</source>
            <translation>La frase de contraseña cambió. Las copias antiguas del archivo del diario todavía se abren con la frase de contraseña anterior: borra las que no necesites y haz una nueva copia de seguridad.</translation>
        </message>
        <message>
            <source>About {name}</source>
            <translation>Acerca de {name}</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; — a private, encrypted journal for a factual record of what happened. It works offline and stores everything encrypted on this computer.&lt;/p&gt;&lt;p&gt;Journal file: {file}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt;: un diario privado y cifrado para llevar un registro de los hechos, de lo que pasó. Funciona sin internet y guarda todo cifrado en esta computadora.&lt;/p&gt;&lt;p&gt;Archivo del diario: {file}&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;Journal</source>
            <translation>&amp;Diario</translation>
        </message>
        <message>
            <source>&amp;New entry</source>
            <translation>&amp;Nueva entrada</translation>
        </message>
        <message>
            <source>&amp;Save entry</source>
            <translation>&amp;Guardar entrada</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>B&amp;loquear</translation>
        </message>
        <message>
            <source>Check &amp;integrity</source>
            <translation>Comprobar la &amp;integridad</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>&amp;Back up journal…</source>
            <translation>Hacer una &amp;copia de seguridad…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurar desde una copia de seguridad…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Quick e&amp;xit</source>
            <translation>Sali&amp;da rápida</translation>
        </message>
        <message>
            <source>&amp;Security</source>
            <translation>&amp;Seguridad</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>Cambiar la &amp;frase de contraseña…</translation>
        </message>
        <message>
            <source>Make a new &amp;recovery code…</source>
            <translation>Crear un nuevo código de &amp;recuperación…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>C&amp;onfiguración…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Insights</source>
            <translation>&amp;Patrones</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Get help</source>
            <translation>&amp;Pedir ayuda</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;Acerca de</translation>
        </message>
        <message>
            <source>&amp;About {name}</source>
            <translation>&amp;Acerca de {name}</translation>
        </message>
    </context>
</TS>
