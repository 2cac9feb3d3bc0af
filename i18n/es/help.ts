<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>CheckInView</name>
        <message>
            <source>{count} of {total}</source>
            <translation>{count} de {total}</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>Anything you want to remember about this time</source>
            <translation>Lo que quieras recordar de este momento</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Red flags</source>
            <translation>Señales de alerta</translation>
        </message>
        <message>
            <source>Which</source>
            <translation>Cuáles</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Over the last week or two, which of these felt true? There are no right answers. Each check-in is saved with its date, so you can see how things change over time.</source>
            <translation>En las últimas una o dos semanas, ¿cuáles de estas cosas sentiste ciertas? No hay respuestas correctas. Cada chequeo personal se guarda con su fecha, para que puedas ver cómo cambian las cosas con el tiempo.</translation>
        </message>
        <message>
            <source>Past check-ins</source>
            <translation>Chequeos anteriores</translation>
        </message>
        <message>
            <source>The saved check-ins could not be read: {error}</source>
            <translation>No se pudieron leer los chequeos guardados: {error}</translation>
        </message>
        <message>
            <source>You already checked in on this day. Saving again replaces that check-in.</source>
            <translation>Ya hiciste un chequeo este día. Si guardas de nuevo, se reemplaza ese chequeo.</translation>
        </message>
        <message>
            <source>Saved your check-in for {day}.</source>
            <translation>Se guardó tu chequeo del {day}.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>No check-ins yet. Your first one will appear here.</source>
            <translation>Todavía no hay chequeos. El primero aparecerá aquí.</translation>
        </message>
        <message>
            <source>One check-in so far: {count} of {total} red flags.</source>
            <translation>Un chequeo hasta ahora: {count} de {total} señales de alerta.</translation>
        </message>
        <message>
            <source>{checkins} check-ins. Latest ({latest}): {count} of {total} red flags — {change} fewer than at your first check-in. First ({first}): {first_count} of {total}.</source>
            <translation>{checkins} chequeos. El último ({latest}): {count} de {total} señales de alerta, {change} menos que en tu primer chequeo. El primero ({first}): {first_count} de {total}.</translation>
        </message>
        <message>
            <source>{checkins} check-ins. Latest ({latest}): {count} of {total} red flags — {change} more than at your first check-in. First ({first}): {first_count} of {total}.</source>
            <translation>{checkins} chequeos. El último ({latest}): {count} de {total} señales de alerta, {change} más que en tu primer chequeo. El primero ({first}): {first_count} de {total}.</translation>
        </message>
        <message>
            <source>{checkins} check-ins. Latest ({latest}): {count} of {total} red flags — the same number as at your first check-in. First ({first}): {first_count} of {total}.</source>
            <translation>{checkins} chequeos. El último ({latest}): {count} de {total} señales de alerta, las mismas que en tu primer chequeo. El primero ({first}): {first_count} de {total}.</translation>
        </message>
    </context>
    <context>
        <name>GuidanceView</name>
        <message>
            <source>&lt;p&gt;This opens &lt;b&gt;{url}&lt;/b&gt; in your web browser.&lt;/p&gt;&lt;p&gt;Your browser keeps a history of the pages you visit, and someone who uses this computer may see it. If that is a risk, use a private window, delete the history afterwards, or use a safer device, such as a friend's phone or a library computer.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Esto abre &lt;b&gt;{url}&lt;/b&gt; en tu navegador web.&lt;/p&gt;&lt;p&gt;Tu navegador guarda un historial de las páginas que visitas, y alguien que usa esta computadora podría verlo. Si eso es un riesgo, usa una ventana privada, borra el historial después o usa un dispositivo más seguro, como el celular de una amistad o una computadora de una biblioteca.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>No guidance pages are available.</source>
            <translation>No hay páginas de orientación disponibles.</translation>
        </message>
        <message>
            <source>The page “{title}” could not be read.</source>
            <translation>No se pudo leer la página “{title}”.</translation>
        </message>
        <message>
            <source>Open in your browser?</source>
            <translation>¿Abrir en tu navegador?</translation>
        </message>
    </context>
    <context>
        <name>HelpPanel</name>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Your trusted contacts are kept encrypted inside your journal, so they appear here only after you unlock it.</source>
            <translation>Tus contactos de confianza se guardan cifrados dentro de tu diario, así que aparecen aquí solo después de desbloquearlo.</translation>
        </message>
        <message>
            <source>Your plans are kept encrypted inside your journal, so they appear here only after you unlock it. The hotlines and guidance work without unlocking.</source>
            <translation>Tus planes se guardan cifrados dentro de tu diario, así que aparecen aquí solo después de desbloquearlo. Las líneas de ayuda y la orientación funcionan sin desbloquear.</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;The PDF will not be encrypted.&lt;/b&gt; Anyone who opens it can read your contacts and plans.&lt;/p&gt;&lt;p&gt;Save it straight to a USB stick or a folder only you use, and delete it when you no longer need it. Avoid shared, cloud-synced and Downloads folders.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;El PDF no estará cifrado.&lt;/b&gt; Cualquier persona que lo abra puede leer tus contactos y tus planes.&lt;/p&gt;&lt;p&gt;Guárdalo directamente en una memoria USB o en una carpeta que solo uses tú, y elimínalo cuando ya no lo necesites. Evita las carpetas compartidas, las que se sincronizan con la nube y la de Descargas.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Hotlines</source>
            <translation>Líneas de ayuda</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>Orientación</translation>
        </message>
        <message>
            <source>My contacts</source>
            <translation>Mis contactos</translation>
        </message>
        <message>
            <source>Safety plan</source>
            <translation>Plan de seguridad</translation>
        </message>
        <message>
            <source>Red-flag check-in</source>
            <translation>Chequeo de señales</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
        <message>
            <source>The guidance pages could not be loaded. The hotlines still work.</source>
            <translation>No se pudieron cargar las páginas de orientación. Las líneas de ayuda siguen funcionando.</translation>
        </message>
        <message>
            <source>Print plans…</source>
            <translation>Imprimir planes…</translation>
        </message>
        <message>
            <source>Print your contacts and plans</source>
            <translation>Imprimir tus contactos y tus planes</translation>
        </message>
        <message>
            <source>Save plans as PDF…</source>
            <translation>Guardar planes como PDF…</translation>
        </message>
        <message>
            <source>Write your contacts and plans to a PDF file that is not encrypted</source>
            <translation>Escribir tus contactos y tus planes en un archivo PDF sin cifrar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Help and support</source>
            <translation>Ayuda y apoyo</translation>
        </message>
        <message>
            <source>You are not alone. The services below can listen, help you make a plan and tell you about your options. This panel works offline.</source>
            <translation>No tienes que pasar por esto sin apoyo. Estos servicios pueden escucharte, ayudarte a hacer un plan y contarte tus opciones. Este panel funciona sin internet.</translation>
        </message>
        <message>
            <source>Please fix this first: {problem}</source>
            <translation>Primero corrige esto: {problem}</translation>
        </message>
        <message>
            <source>Save plans as PDF</source>
            <translation>Guardar planes como PDF</translation>
        </message>
        <message>
            <source>Saved {file}. It is not encrypted: keep it safe and delete it when done.</source>
            <translation>Se guardó {file}. No está cifrado: guárdalo en un lugar seguro y elimínalo cuando termines.</translation>
        </message>
        <message>
            <source>Print your plans</source>
            <translation>Imprimir tus planes</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Se envió a la impresora.</translation>
        </message>
    </context>
    <context>
        <name>Hotlines</name>
        <message>
            <source>Anyone</source>
            <translation>Cualquier persona</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Mujeres</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Hombres</translation>
        </message>
        <message>
            <source>LGBTQ+ people</source>
            <translation>Personas LGBTQ+</translation>
        </message>
        <message>
            <source>Indigenous people</source>
            <translation>Personas indígenas</translation>
        </message>
        <message>
            <source>Deaf, hard-of-hearing or speech-impaired people</source>
            <translation>Personas sordas, con pérdida de audición o con dificultad para hablar</translation>
        </message>
        <message>
            <source>Young people</source>
            <translation>Jóvenes</translation>
        </message>
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
        <message>
            <source>Answers in Spanish:</source>
            <translation>Atiende en español:</translation>
        </message>
        <message>
            <source>Spanish through an interpreter:</source>
            <translation>En español con intérprete:</translation>
        </message>
        <message>
            <source>Spanish: not confirmed.</source>
            <translation>Español: no confirmado.</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day} de {month} de {year}</translation>
        </message>
        <message>
            <source>Last checked {day}. That was more than a year ago, so these details may have changed. If a number does not work, try the service's website or your emergency number.</source>
            <translation>Revisado por última vez el {day}. Eso fue hace más de un año, así que estos datos pueden haber cambiado. Si un número no funciona, prueba el sitio web del servicio o tu número de emergencias.</translation>
        </message>
        <message>
            <source>Last checked {day}.</source>
            <translation>Revisado por última vez el {day}.</translation>
        </message>
    </context>
    <context>
        <name>HotlinesView</name>
        <message>
            <source>Call</source>
            <translation>Llamar</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>TTY</source>
            <translation>TTY</translation>
        </message>
        <message>
            <source>Chat online</source>
            <translation>Chat en línea</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>&lt;b&gt;Calling safely.&lt;/b&gt; Calls and texts show up in the phone's call log, on shared phone bills and on other devices linked to the same account. If someone checks your phone, consider using a friend's phone, a work phone or a public phone. Online chat leaves browser history. &lt;b&gt;In immediate danger, call your emergency number.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Llamar con seguridad.&lt;/b&gt; Las llamadas y los textos aparecen en el registro del teléfono, en las facturas compartidas y en otros dispositivos ligados a la misma cuenta. Si alguien revisa tu teléfono, piensa en usar el de una amistad, uno del trabajo o un teléfono público. El chat en línea deja historial en el navegador. &lt;b&gt;Si estás en peligro ahora mismo, llama a tu número de emergencias.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Which country's services to show</source>
            <translation>De qué país mostrar los servicios</translation>
        </message>
        <message>
            <source>Filter by name, number, language…</source>
            <translation>Filtrar por nombre, número, idioma…</translation>
        </message>
        <message>
            <source>Search by name, number, language, hours…</source>
            <translation>Busca por nombre, número, idioma, horario…</translation>
        </message>
        <message>
            <source>Calling safely</source>
            <translation>Llamar con seguridad</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Search help</source>
            <translation>Buscar ayuda</translation>
        </message>
        <message>
            <source>1 service — {region}</source>
            <translation>1 servicio — {region}</translation>
        </message>
        <message>
            <source>{count} services — {region}</source>
            <translation>{count} servicios — {region}</translation>
        </message>
        <message>
            <source>Nothing in {region} matches “{words}”. Try fewer words or another region.</source>
            <translation>Nada en {region} coincide con “{words}”. Prueba con menos palabras o con otra región.</translation>
        </message>
        <message>
            <source>No services listed for {region}.</source>
            <translation>No hay servicios en la lista para {region}.</translation>
        </message>
        <message>
            <source>Copy {value} ({service})</source>
            <translation>Copiar {value} ({service})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Silently or by text:&lt;/b&gt; {how}</source>
            <translation>&lt;b&gt;En silencio o por texto:&lt;/b&gt; {how}</translation>
        </message>
        <message>
            <source>Silently or by text</source>
            <translation>En silencio o por texto</translation>
        </message>
        <message>
            <source>&lt;b&gt;For:&lt;/b&gt; {who}</source>
            <translation>&lt;b&gt;Para:&lt;/b&gt; {who}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Hours:&lt;/b&gt; {hours}</source>
            <translation>&lt;b&gt;Horario:&lt;/b&gt; {hours}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Languages:&lt;/b&gt; {languages}</source>
            <translation>&lt;b&gt;Idiomas:&lt;/b&gt; {languages}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Region:&lt;/b&gt; {region}</source>
            <translation>&lt;b&gt;Región:&lt;/b&gt; {region}</translation>
        </message>
        <message>
            <source>Source: {sources} · {checked}</source>
            <translation>Fuente: {sources} · {checked}</translation>
        </message>
        <message>
            <source>Copied {value}. It is cleared from the clipboard in {seconds} s.</source>
            <translation>Se copió {value}. Se borrará del portapapeles en {seconds} s.</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <source>Unlock your journal to save.</source>
            <translation>Desbloquea tu diario para guardar.</translation>
        </message>
        <message>
            <source>Not saved: {error}</source>
            <translation>No se guardó: {error}</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>Changes not saved yet.</source>
            <translation>Hay cambios sin guardar.</translation>
        </message>
        <message>
            <source>The saved copy could not be read: {error}</source>
            <translation>No se pudo leer la copia guardada: {error}</translation>
        </message>
    </context>
    <context>
        <name>Names</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Save check-in</source>
            <translation>Guardar chequeo</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Estado del guardado</translation>
        </message>
        <message>
            <source>Past check-ins</source>
            <translation>Chequeos anteriores</translation>
        </message>
        <message>
            <source>Change over time</source>
            <translation>Cambio con el tiempo</translation>
        </message>
        <message>
            <source>Guidance pages</source>
            <translation>Páginas de orientación</translation>
        </message>
        <message>
            <source>Guidance page</source>
            <translation>Página de orientación</translation>
        </message>
        <message>
            <source>Help sections</source>
            <translation>Secciones de ayuda</translation>
        </message>
        <message>
            <source>Print plans</source>
            <translation>Imprimir planes</translation>
        </message>
        <message>
            <source>Save plans as PDF</source>
            <translation>Guardar planes como PDF</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Export status</source>
            <translation>Estado de la exportación</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Search help</source>
            <translation>Buscar ayuda</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Copy status</source>
            <translation>Estado de la copia</translation>
        </message>
        <message>
            <source>Hotlines</source>
            <translation>Líneas de ayuda</translation>
        </message>
        <message>
            <source>Copy number</source>
            <translation>Copiar número</translation>
        </message>
        <message>
            <source>Copy address</source>
            <translation>Copiar dirección</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Elementos</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Trusted contacts</source>
            <translation>Contactos de confianza</translation>
        </message>
        <message>
            <source>Add contact</source>
            <translation>Agregar contacto</translation>
        </message>
        <message>
            <source>Remove contact</source>
            <translation>Quitar contacto</translation>
        </message>
        <message>
            <source>Save contacts</source>
            <translation>Guardar contactos</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>How to reach</source>
            <translation>Cómo contactar</translation>
        </message>
        <message>
            <source>Copy how to reach</source>
            <translation>Copiar cómo contactar</translation>
        </message>
        <message>
            <source>Safety plan steps</source>
            <translation>Pasos del plan de seguridad</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Agregar paso</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Quitar paso</translation>
        </message>
        <message>
            <source>Save plan</source>
            <translation>Guardar plan</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Triggers</source>
            <translation>Momentos difíciles</translation>
        </message>
        <message>
            <source>Add trigger</source>
            <translation>Agregar momento</translation>
        </message>
        <message>
            <source>Remove trigger</source>
            <translation>Quitar momento</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>Momento difícil</translation>
        </message>
        <message>
            <source>What I will do</source>
            <translation>Qué haré</translation>
        </message>
        <message>
            <source>Who I will contact</source>
            <translation>A quién contactaré</translation>
        </message>
    </context>
    <context>
        <name>PlanSeeds</name>
        <message>
            <source>Copies of important documents (ID, passport, birth certificates, bank, housing and court papers) kept somewhere safe</source>
            <translation>Copias de documentos importantes (identificación, pasaporte, actas de nacimiento, papeles del banco, de la vivienda y del juzgado) guardadas en un lugar seguro</translation>
        </message>
        <message>
            <source>Some emergency cash set aside where only I can get to it</source>
            <translation>Algo de dinero para emergencias, guardado donde solo yo pueda tomarlo</translation>
        </message>
        <message>
            <source>Medications (mine and any children's) and prescriptions ready to take</source>
            <translation>Medicamentos (los míos y los de mis hijos e hijas, si los hay) y recetas listos para llevar</translation>
        </message>
        <message>
            <source>Important phone numbers saved somewhere safe, and one learned by heart</source>
            <translation>Números de teléfono importantes guardados en un lugar seguro, y uno aprendido de memoria</translation>
        </message>
        <message>
            <source>One or two people I trust know what is happening and how they can help</source>
            <translation>Una o dos personas de confianza saben lo que pasa y cómo pueden ayudar</translation>
        </message>
        <message>
            <source>Safe places I could stay, and how I would get there</source>
            <translation>Lugares seguros donde podría quedarme, y cómo llegaría</translation>
        </message>
        <message>
            <source>Talk my plan through with a domestic-abuse advocate or helpline, who can help me make it fit my situation</source>
            <translation>Hablar de mi plan con una persona defensora o una línea de ayuda contra el maltrato doméstico, que me ayude a adaptarlo a mi situación</translation>
        </message>
        <message>
            <source>Keep this plan, and any printed copy, where my partner will not find it; I do not have to tell them about it</source>
            <translation>Guardar este plan, y cualquier copia impresa, donde mi pareja no lo encuentre; no tengo que contárselo</translation>
        </message>
        <message>
            <source>Extra care around the time of leaving or separating, which is often the most dangerous time: plan it with someone who knows</source>
            <translation>Más cuidado en el momento de irme o separarme, que suele ser el más peligroso: planearlo con alguien que sepa del tema</translation>
        </message>
        <message>
            <source>If we live together: know the safer rooms (a way out, a phone, away from the kitchen, garage and anything that could be used as a weapon)</source>
            <translation>Si vivimos en la misma casa: conocer los cuartos más seguros (con salida, con teléfono, lejos de la cocina, del garaje y de cualquier cosa que pueda usarse como arma)</translation>
        </message>
        <message>
            <source>Know the ways out of my home, and how I would leave in a hurry</source>
            <translation>Conocer las salidas de mi casa, y cómo saldría deprisa</translation>
        </message>
        <message>
            <source>A code word with someone I trust that means 'please call for help'</source>
            <translation>Una palabra clave con alguien de confianza que significa 'por favor, pide ayuda'</translation>
        </message>
        <message>
            <source>Children know how to call the emergency number, what to say, and a safe place to go; they know not to step in</source>
            <translation>Mis hijos e hijas saben llamar al número de emergencias, qué decir y a qué lugar seguro ir; saben que no deben meterse</translation>
        </message>
        <message>
            <source>A bag with essentials (keys, documents, medicines, charger, clothes) left with someone I trust, or hidden where it is safe</source>
            <translation>Una bolsa con lo esencial (llaves, documentos, medicinas, cargador, ropa) en casa de alguien de confianza, o escondida en un lugar seguro</translation>
        </message>
        <message>
            <source>A plan for my pets: who could look after them, and their papers</source>
            <translation>Un plan para mis mascotas: quién podría cuidarlas, y sus papeles</translation>
        </message>
        <message>
            <source>Check my phone and accounts on a safer device: location sharing, linked devices, unfamiliar apps; consider a phone they have never had access to</source>
            <translation>Revisar mi teléfono y mis cuentas desde un dispositivo más seguro: ubicación compartida, dispositivos vinculados, aplicaciones desconocidas; pensar en un teléfono al que esa persona nunca haya tenido acceso</translation>
        </message>
        <message>
            <source>Save messages and other evidence somewhere safe before blocking anyone</source>
            <translation>Guardar mensajes y otras pruebas en un lugar seguro antes de bloquear a alguien</translation>
        </message>
        <message>
            <source>Ask an advocate or a lawyer about protection orders where I live</source>
            <translation>Preguntar a una persona defensora o a una abogada o abogado sobre las órdenes de protección donde vivo</translation>
        </message>
        <message>
            <source>Holidays, birthdays and anniversaries, when I feel most alone</source>
            <translation>Fiestas, cumpleaños y aniversarios, cuando más siento la soledad</translation>
        </message>
        <message>
            <source>Plan ahead where and with whom I will spend the day</source>
            <translation>Planear con tiempo dónde y con quién pasaré el día</translation>
        </message>
        <message>
            <source>Call or text someone from my trusted contacts</source>
            <translation>Llamar o escribir a alguien de mis contactos de confianza</translation>
        </message>
        <message>
            <source>Feeling lonely</source>
            <translation>Sentir soledad</translation>
        </message>
        <message>
            <source>Reach out to a friend, a support group or a helpline</source>
            <translation>Buscar a una amistad, un grupo de apoyo o una línea de ayuda</translation>
        </message>
        <message>
            <source>Do one small thing I enjoy</source>
            <translation>Hacer algo pequeño que disfrute</translation>
        </message>
        <message>
            <source>A big life stress (money, work, health, housing)</source>
            <translation>Un gran estrés en mi vida (dinero, trabajo, salud, vivienda)</translation>
        </message>
        <message>
            <source>Contact my therapist or counsellor</source>
            <translation>Contactar a mi terapeuta, consejera o consejero</translation>
        </message>
        <message>
            <source>Write down what is happening before I decide anything</source>
            <translation>Escribir lo que está pasando antes de decidir nada</translation>
        </message>
        <message>
            <source>Seeing them on social media</source>
            <translation>Ver a esa persona en las redes sociales</translation>
        </message>
        <message>
            <source>Mute or block the account</source>
            <translation>Silenciar o bloquear la cuenta</translation>
        </message>
        <message>
            <source>Read back my Reality Check entries</source>
            <translation>Volver a leer mis entradas de Reality Check</translation>
        </message>
        <message>
            <source>They get in touch: promises, gifts or a sudden crisis</source>
            <translation>Esa persona me busca: promesas, regalos o una crisis repentina</translation>
        </message>
        <message>
            <source>Remember I do not have to answer</source>
            <translation>Recordar que no tengo que responder</translation>
        </message>
        <message>
            <source>Record it in my journal</source>
            <translation>Anotarlo en mi diario</translation>
        </message>
        <message>
            <source>Talk to someone I trust before I reply</source>
            <translation>Hablar con alguien de confianza antes de responder</translation>
        </message>
        <message>
            <source>Feeling very low, hopeless, or thinking about ending my life</source>
            <translation>Sentirme muy mal, sin esperanza, o pensar en quitarme la vida</translation>
        </message>
        <message>
            <source>Call or text a crisis line from Get help, at any hour</source>
            <translation>Llamar o escribir a una línea de crisis de Pedir ayuda, a cualquier hora</translation>
        </message>
        <message>
            <source>Tell someone I trust how bad it feels</source>
            <translation>Contarle a alguien de confianza lo mal que me siento</translation>
        </message>
        <message>
            <source>If I might act on it, call my emergency number</source>
            <translation>Si siento que podría hacerlo, llamar a mi número de emergencias</translation>
        </message>
    </context>
    <context>
        <name>Plans</name>
        <message>
            <source>The contact's name must be text.</source>
            <translation>El nombre del contacto debe ser texto.</translation>
        </message>
        <message>
            <source>Please write the contact's name.</source>
            <translation>Escribe el nombre del contacto.</translation>
        </message>
        <message>
            <source>The contact's name is too long (at most {limit} characters).</source>
            <translation>El nombre del contacto es demasiado largo (máximo {limit} caracteres).</translation>
        </message>
        <message>
            <source>The way to reach them must be text.</source>
            <translation>La forma de contactar debe ser texto.</translation>
        </message>
        <message>
            <source>Please write the way to reach them.</source>
            <translation>Escribe cómo contactar a esta persona.</translation>
        </message>
        <message>
            <source>The way to reach them is too long (at most {limit} characters).</source>
            <translation>La forma de contactar es demasiado larga (máximo {limit} caracteres).</translation>
        </message>
        <message>
            <source>The note must be text.</source>
            <translation>La nota debe ser texto.</translation>
        </message>
        <message>
            <source>The note is too long (at most {limit} characters).</source>
            <translation>La nota es demasiado larga (máximo {limit} caracteres).</translation>
        </message>
        <message>
            <source>The safety step must be text.</source>
            <translation>El paso del plan de seguridad debe ser texto.</translation>
        </message>
        <message>
            <source>Please write the safety step.</source>
            <translation>Escribe el paso del plan de seguridad.</translation>
        </message>
        <message>
            <source>The safety step is too long (at most {limit} characters).</source>
            <translation>El paso del plan de seguridad es demasiado largo (máximo {limit} caracteres).</translation>
        </message>
        <message>
            <source>The trigger must be text.</source>
            <translation>El momento difícil debe ser texto.</translation>
        </message>
        <message>
            <source>Please write the trigger.</source>
            <translation>Escribe el momento difícil.</translation>
        </message>
        <message>
            <source>The trigger is too long (at most {limit} characters).</source>
            <translation>El momento difícil es demasiado largo (máximo {limit} caracteres).</translation>
        </message>
        <message>
            <source>The planned action must be text.</source>
            <translation>La acción planeada debe ser texto.</translation>
        </message>
        <message>
            <source>The planned action is too long (at most {limit} characters).</source>
            <translation>La acción planeada es demasiado larga (máximo {limit} caracteres).</translation>
        </message>
        <message>
            <source>The person to contact must be text.</source>
            <translation>La persona a contactar debe ser texto.</translation>
        </message>
        <message>
            <source>The person to contact is too long (at most {limit} characters).</source>
            <translation>La persona a contactar es demasiado larga (máximo {limit} caracteres).</translation>
        </message>
        <message>
            <source>There are too many planned actions (at most {limit}).</source>
            <translation>Hay demasiadas acciones planeadas (máximo {limit}).</translation>
        </message>
        <message>
            <source>There are too many people to contact (at most {limit}).</source>
            <translation>Hay demasiadas personas a contactar (máximo {limit}).</translation>
        </message>
        <message>
            <source>The done mark must be true or false.</source>
            <translation>La marca de hecho debe ser verdadero o falso.</translation>
        </message>
        <message>
            <source>The seeded mark must be true or false.</source>
            <translation>La marca de paso sugerido debe ser verdadero o falso.</translation>
        </message>
        <message>
            <source>The answer must be true or false.</source>
            <translation>La respuesta debe ser verdadero o falso.</translation>
        </message>
        <message>
            <source>The saved trusted contacts has an unknown format.</source>
            <translation>Los contactos de confianza guardados tienen un formato desconocido.</translation>
        </message>
        <message>
            <source>The saved trusted contacts has too many items.</source>
            <translation>Los contactos de confianza guardados tienen demasiados elementos.</translation>
        </message>
        <message>
            <source>Two contacts have the same id.</source>
            <translation>Dos contactos tienen el mismo identificador.</translation>
        </message>
        <message>
            <source>The saved safety plan has an unknown format.</source>
            <translation>El plan de seguridad guardado tiene un formato desconocido.</translation>
        </message>
        <message>
            <source>The saved safety plan has too many items.</source>
            <translation>El plan de seguridad guardado tiene demasiados elementos.</translation>
        </message>
        <message>
            <source>Two safety steps have the same id.</source>
            <translation>Dos pasos del plan de seguridad tienen el mismo identificador.</translation>
        </message>
        <message>
            <source>The saved relapse plan has an unknown format.</source>
            <translation>El plan para momentos difíciles guardado tiene un formato desconocido.</translation>
        </message>
        <message>
            <source>The saved relapse plan has too many items.</source>
            <translation>El plan para momentos difíciles guardado tiene demasiados elementos.</translation>
        </message>
        <message>
            <source>Two triggers have the same id.</source>
            <translation>Dos momentos difíciles tienen el mismo identificador.</translation>
        </message>
        <message>
            <source>Plan for hard moments</source>
            <translation>Plan para momentos difíciles</translation>
        </message>
        <message>
            <source>A saved plan item has an invalid id.</source>
            <translation>Un elemento guardado de un plan tiene un identificador no válido.</translation>
        </message>
        <message>
            <source>A saved contact has an unknown format.</source>
            <translation>Un contacto guardado tiene un formato desconocido.</translation>
        </message>
        <message>
            <source>A saved safety step has an unknown format.</source>
            <translation>Un paso guardado del plan de seguridad tiene un formato desconocido.</translation>
        </message>
        <message>
            <source>A saved trigger has an unknown format.</source>
            <translation>Un momento difícil guardado tiene un formato desconocido.</translation>
        </message>
        <message>
            <source>A check-in needs a date.</source>
            <translation>Un chequeo personal necesita una fecha.</translation>
        </message>
        <message>
            <source>Unknown red flag {flag}.</source>
            <translation>Señal de alerta desconocida: {flag}.</translation>
        </message>
        <message>
            <source>The saved check-ins have an unknown format.</source>
            <translation>Los chequeos guardados tienen un formato desconocido.</translation>
        </message>
        <message>
            <source>A saved check-in has an unknown format.</source>
            <translation>Un chequeo guardado tiene un formato desconocido.</translation>
        </message>
        <message>
            <source>A saved check-in has an invalid date.</source>
            <translation>Un chequeo guardado tiene una fecha no válida.</translation>
        </message>
    </context>
    <context>
        <name>PlansPrint</name>
        <message>
            <source>Printed on {date}. This copy is not encrypted: keep it somewhere safe.</source>
            <translation>Impreso el {date}. Esta copia no está cifrada: guárdala en un lugar seguro.</translation>
        </message>
        <message>
            <source>My plans</source>
            <translation>Mis planes</translation>
        </message>
        <message>
            <source>Trusted contacts</source>
            <translation>Contactos de confianza</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>How to reach</source>
            <translation>Cómo contactar</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>No contacts yet.</source>
            <translation>Todavía no hay contactos.</translation>
        </message>
        <message>
            <source>Safety plan</source>
            <translation>Plan de seguridad</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>What I will do:</source>
            <translation>Qué haré:</translation>
        </message>
        <message>
            <source>Who I will contact: {people}</source>
            <translation>A quién contactaré: {people}</translation>
        </message>
        <message>
            <source>Red-flag check-ins</source>
            <translation>Chequeos de señales de alerta</translation>
        </message>
        <message>
            <source>{count} of {total}</source>
            <translation>{count} de {total}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Señales</translation>
        </message>
        <message>
            <source>Which</source>
            <translation>Cuáles</translation>
        </message>
        <message>
            <source>No check-ins yet.</source>
            <translation>Todavía no hay chequeos.</translation>
        </message>
    </context>
    <context>
        <name>PlansView</name>
        <message>
            <source>Nothing here yet.</source>
            <translation>Todavía no hay nada aquí.</translation>
        </message>
        <message>
            <source>No contacts yet. Press “Add contact” to add someone you trust.</source>
            <translation>Todavía no hay contactos. Presiona “Agregar contacto” para agregar a alguien de confianza.</translation>
        </message>
        <message>
            <source>People you trust and how to reach them. They are kept encrypted inside your journal and are only shown while it is unlocked.</source>
            <translation>Personas de confianza y cómo contactarlas. Se guardan cifradas dentro de tu diario y solo se muestran mientras está desbloqueado.</translation>
        </message>
        <message>
            <source>Phone number, address, or where to find them</source>
            <translation>Teléfono, dirección o dónde encontrar a esta persona</translation>
        </message>
        <message>
            <source>Copy it; the clipboard is cleared after 30 seconds</source>
            <translation>Copiarlo; el portapapeles se borra después de 30 segundos</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>How to reach</source>
            <translation>Cómo contactar</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>(new contact)</source>
            <translation>(contacto nuevo)</translation>
        </message>
        <message>
            <source>Copied. The clipboard is cleared after 30 seconds.</source>
            <translation>Se copió. El portapapeles se borra después de 30 segundos.</translation>
        </message>
        <message>
            <source>No steps yet. Press “Add step” to write your own.</source>
            <translation>Todavía no hay pasos. Presiona “Agregar paso” para escribir uno propio.</translation>
        </message>
        <message>
            <source>Things to have ready in case you need to leave quickly. Tick a step when it is done, add notes (where things are, who has a copy), and add your own steps.</source>
            <translation>Cosas que tener listas por si necesitas irte rápido. Marca un paso cuando esté hecho, agrega notas (dónde están las cosas, quién tiene una copia) y agrega tus propios pasos.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>For example: where it is kept, who can help</source>
            <translation>Por ejemplo: dónde se guarda, quién puede ayudar</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>(new step)</source>
            <translation>(paso nuevo)</translation>
        </message>
        <message>
            <source>{step}
Note: {note}</source>
            <translation>{step}
Nota: {note}</translation>
        </message>
        <message>
            <source>{step} (done)</source>
            <translation>{step} (hecho)</translation>
        </message>
        <message>
            <source>{step} (not done yet)</source>
            <translation>{step} (pendiente)</translation>
        </message>
        <message>
            <source>No triggers yet. Press “Add trigger” to write one.</source>
            <translation>Todavía no hay momentos difíciles. Presiona “Agregar momento” para escribir uno.</translation>
        </message>
        <message>
            <source>Moments when going back can feel tempting, and what you will do then. Write one action or one person per line.</source>
            <translation>Momentos en los que volver puede parecer tentador, y qué harás entonces. Escribe una acción o una persona por línea.</translation>
        </message>
        <message>
            <source>Names from your trusted contacts, a helpline…</source>
            <translation>Nombres de tus contactos de confianza, una línea de ayuda…</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>Momento difícil</translation>
        </message>
        <message>
            <source>What I will do</source>
            <translation>Qué haré</translation>
        </message>
        <message>
            <source>Who I will contact</source>
            <translation>A quién contactaré</translation>
        </message>
        <message>
            <source>(new trigger)</source>
            <translation>(momento nuevo)</translation>
        </message>
        <message>
            <source>1 planned action</source>
            <translation>1 acción planeada</translation>
        </message>
        <message>
            <source>{count} planned actions</source>
            <translation>{count} acciones planeadas</translation>
        </message>
        <message>
            <source>No plan yet</source>
            <translation>Todavía sin plan</translation>
        </message>
    </context>
    <context>
        <name>RedFlags</name>
        <message>
            <source>{title} ({term})</source>
            <translation>{title} ({term})</translation>
        </message>
        <message>
            <source>Always on alert</source>
            <translation>Siempre en alerta</translation>
        </message>
        <message>
            <source>Have I been watching their mood closely, trying not to set them off?</source>
            <translation>¿He estado pendiente de su estado de ánimo, tratando de no provocar su enojo?</translation>
        </message>
        <message>
            <source>Hypervigilance</source>
            <translation>Hipervigilancia</translation>
        </message>
        <message>
            <source>Push and pull</source>
            <translation>Me acerca y me aleja</translation>
        </message>
        <message>
            <source>Have I been treated as wonderful one moment and worthless the next?</source>
            <translation>¿Me ha tratado como alguien maravilloso en un momento y como alguien sin valor al siguiente?</translation>
        </message>
        <message>
            <source>Push-pull</source>
            <translation>Atracción y rechazo</translation>
        </message>
        <message>
            <source>Explaining away harm</source>
            <translation>Justificar el daño</translation>
        </message>
        <message>
            <source>Have I been excusing or playing down things that hurt me, or blaming myself?</source>
            <translation>¿He estado excusando o quitándole importancia a cosas que me hicieron daño, o culpándome?</translation>
        </message>
        <message>
            <source>Rationalizing harmful behaviour</source>
            <translation>Racionalizar conductas dañinas</translation>
        </message>
        <message>
            <source>Holding on to who they could be</source>
            <translation>Aferrarme a quien podría llegar a ser</translation>
        </message>
        <message>
            <source>Have I been hoping that enough love or patience from me will change them?</source>
            <translation>¿He estado esperando que, con suficiente amor o paciencia de mi parte, esa persona va a cambiar?</translation>
        </message>
        <message>
            <source>Fixation on potential</source>
            <translation>Fijación en el potencial</translation>
        </message>
        <message>
            <source>Drifting away from others</source>
            <translation>Alejarme de los demás</translation>
        </message>
        <message>
            <source>Have I been seeing less of friends or family because of them?</source>
            <translation>¿He estado viendo menos a mis amistades o a mi familia por esa persona?</translation>
        </message>
        <message>
            <source>Progressive isolation</source>
            <translation>Aislamiento progresivo</translation>
        </message>
        <message>
            <source>My body on alarm</source>
            <translation>Mi cuerpo en alarma</translation>
        </message>
        <message>
            <source>Have I felt tense, sick, scared or panicky around them, even in good moments?</source>
            <translation>¿He sentido tensión, malestar, miedo o pánico cerca de esa persona, incluso en los buenos momentos?</translation>
        </message>
        <message>
            <source>Physical stress responses</source>
            <translation>Reacciones físicas de estrés</translation>
        </message>
        <message>
            <source>Losing myself</source>
            <translation>Perder quién soy</translation>
        </message>
        <message>
            <source>Have I been giving up my own interests, opinions or plans to keep the peace?</source>
            <translation>¿He estado dejando de lado mis intereses, opiniones o planes para evitar conflictos?</translation>
        </message>
        <message>
            <source>Loss of self</source>
            <translation>Pérdida de la identidad propia</translation>
        </message>
    </context>
</TS>
