/** Spanish, the default language: the reference every other language must match key for key. */
export const es = {
  'app.name': 'Plenaria',
  'app.tagline':
    'Las sesiones plenarias de su Mesa de Seguridad y Justicia: orden del día, minutas y acuerdos, en un archivo cifrado que solo existe en esta computadora.',
  'app.loading': 'Cargando…',

  'language.label': 'Idioma',
  'language.es': 'Español',
  'language.en': 'English',

  'welcome.create': 'Crear un espacio de trabajo',
  'welcome.open': 'Abrir un archivo existente',
  'welcome.recentTitle': 'Archivos recientes',
  'welcome.recentEmpty': 'Todavía no ha abierto ningún archivo en esta computadora.',
  'welcome.recentOpenedAt': 'Abierto por última vez: {date}',

  'create.title': 'Nuevo espacio de trabajo',
  'create.intro':
    'Todo lo que registre la Mesa quedará en este archivo, cifrado con la frase de acceso. Sin la frase nadie puede abrirlo, ni siquiera usted: guárdela en un lugar seguro.',
  'create.name': 'Nombre de la Mesa',
  'create.municipality': 'Municipio',
  'create.population': 'Población',
  'create.populationHint': 'Número de habitantes; sirve para calcular tasas por cada 100 000 habitantes.',
  'create.path': 'Archivo',
  'create.pathHint': 'Dónde se guarda el archivo cifrado. Puede cambiar la ruta.',
  'create.passphrase': 'Frase de acceso',
  'create.passphraseHint': 'Al menos {min} caracteres. Varias palabras son fáciles de recordar y difíciles de adivinar.',
  'create.passphraseConfirm': 'Repita la frase de acceso',
  'create.submit': 'Crear el espacio de trabajo',
  'create.submitting': 'Creando…',
  'create.cancel': 'Volver',
  'create.problem.name': 'Escriba el nombre de la Mesa.',
  'create.problem.municipality': 'Escriba el municipio.',
  'create.problem.population': 'La población debe ser un número entero mayor que cero.',
  'create.problem.path': 'Escriba la ruta del archivo.',
  'create.problem.passphraseShort': 'La frase de acceso debe tener al menos {min} caracteres.',
  'create.problem.mismatch': 'Las dos frases de acceso no coinciden.',

  'open.title': 'Abrir un archivo',
  'open.path': 'Ruta del archivo',
  'open.pathHint': 'La ruta completa de un archivo {extension} de esta computadora.',
  'open.submit': 'Continuar',
  'open.cancel': 'Volver',
  'open.problem.path': 'Escriba la ruta del archivo.',

  'unlock.title': 'Desbloquear',
  'unlock.file': 'Archivo',
  'unlock.passphrase': 'Frase de acceso',
  'unlock.submit': 'Desbloquear',
  'unlock.submitting': 'Desbloqueando…',
  'unlock.other': 'Usar otro archivo',
  'unlock.problem.passphrase': 'Escriba la frase de acceso.',

  'shell.lock': 'Bloquear',
  'shell.lockHint': 'Bloquear el archivo (Ctrl+L)',
  'shell.navLabel': 'Secciones',

  'section.resumen': 'Resumen',
  'section.miembros': 'Miembros',
  'section.comites': 'Comités',
  'section.sesiones': 'Sesiones',
  'section.acuerdos': 'Acuerdos',
  'section.indicadores': 'Indicadores',
  'section.placeholder': 'Esta sección llega en una próxima versión.',

  'summary.municipality': 'Municipio',
  'summary.population': 'Población',
  'summary.inhabitants': '{count} habitantes',
  'summary.countsTitle': 'En este archivo',
  'summary.people': 'Personas',
  'summary.committees': 'Comités',
  'summary.sessions': 'Sesiones',
  'summary.agreements': 'Acuerdos',

  'error.wrong_passphrase': 'La frase de acceso no es correcta. Revise mayúsculas, acentos y espacios, e intente de nuevo.',
  'error.not_a_workspace': 'Ese archivo no es un espacio de trabajo de Plenaria.',
  'error.corrupt_file': 'El archivo está dañado y no se puede abrir. Use una copia de respaldo.',
  'error.schema_too_new':
    'Este archivo fue guardado con una versión más reciente de Plenaria. Actualice la aplicación para abrirlo.',
  'error.file_exists': 'Ya existe un archivo en esa ruta. Elija otro nombre o abra el archivo existente.',
  'error.file_not_found': 'No se encontró el archivo. Revise la ruta.',
  'error.weak_passphrase': 'La frase de acceso debe tener al menos {min} caracteres.',
  'error.invalid_argument': 'Algún dato no es válido. Revise el formulario e intente de nuevo.',
  'error.no_workspace_open': 'El archivo está bloqueado o cerrado. Desbloquéelo para continuar.',
  'error.internal': 'Ocurrió un error inesperado; no se guardó ningún cambio. Intente de nuevo.',
} as const;

export type MessageKey = keyof typeof es;
export type Messages = Record<MessageKey, string>;
