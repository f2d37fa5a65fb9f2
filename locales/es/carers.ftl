# Las palabras para quienes cuidan: la tarjeta donde ella crea un enlace para su pareja
# o sus padres (Ajustes y el grupo «Para otros cuidadores» de la biblioteca), y lo que
# ve esa persona al abrirlo en su propio móvil (una bienvenida, las lecciones y una
# práctica corta). Quien cuida no es la madre: nada aquí puede hablar de un parto, una
# herida o el suelo pélvico.

## La tarjeta donde ella crea el enlace (components/carer_share.rs)
carer-share-title = Compartir con quien te ayuda
carer-share-lead = La pareja y los abuelos que cogen, llevan y bañan al bebé también pueden hacerse daño en la espalda. Envíales las lecciones para cuidadores y una práctica corta de activación abdominal. El enlace no lleva nada sobre ti, salvo el nombre que escribas abajo.
carer-share-name = Tu nombre (opcional)
carer-share-name-hint = Para que sepan quién lo envía. Déjalo vacío para enviarlo sin nombre.
carer-share-link = Enlace para quien te ayuda
carer-share-copy = Copiar enlace
carer-share-copied = Enlace copiado.
carer-share-copy-failed = No se ha podido copiar: selecciona el enlace y cópialo tú.
carer-share-share = Compartir…
carer-share-sheet-title = Cuidar la espalda al cuidar de un bebé
carer-share-qr = Código QR del enlace para quien te ayuda
carer-share-qr-hint = Pueden escanearlo con la cámara del móvil.
carer-library-lead = Estas lecciones son para las personas que te ayudan con el bebé.
carer-library-open = Enviárselas a quien te ayuda

## Lo que ve quien cuida (pages/shared/carer.rs)
carer-title = Cuidar la espalda al cuidar de un bebé
carer-from = { $name } ha compartido esto contigo.
carer-from-anonymous = Alguien a quien ayudas con un bebé ha compartido esto contigo.
carer-lead = Coger, llevar y bañar a un bebé decenas de veces al día cansa la espalda de cualquiera. La pareja y los abuelos suelen hacerse el mismo daño que las madres recientes. Estas lecciones cortas enseñan a cuidar la espalda.
carer-private = Aquí no se te pregunta nada sobre ti, y nada de lo que hagas se guarda.
carer-practice-title = Una práctica corta
carer-practice-body = Dos ejercicios, unos tres minutos: activar el abdomen sin más y luego activarlo para levantar peso. Una voz y un temporizador te guían.
carer-practice-start = Empezar la práctica
carer-lessons-title = Lecciones para quien cuida
carer-stop-title = Cuándo parar
carer-stop-chest = Dolor u opresión en el pecho, sensación de desmayo o mucha falta de aire: para y llama al número de emergencias de tu zona.
carer-stop-limb = Dolor, adormecimiento u hormigueo que baja por una pierna o un brazo: para y ve al médico.
carer-stop-sharp = Un dolor repentino y punzante en la espalda: para y descansa, y ve al médico si no se calma.
carer-back = Volver a las lecciones para quien cuida

## Antes de empezar la práctica (pages/carer_start.rs)
carer-start-title = Antes de empezar
carer-start-lead = Ponte en un sitio con un poco de espacio a tu alrededor y sigue respirando todo el rato.
carer-start-stop = Para enseguida si notas dolor u opresión en el pecho (llama al número de emergencias de tu zona), un dolor repentino y punzante, o adormecimiento u hormigueo que baja por una pierna o un brazo.
carer-start-go = Empezar
carer-start-nothing = Esta práctica no está disponible en esta versión de la aplicación.

## Al terminar la práctica (components/carer_done.rs)
carer-done-title = ¡Bien hecho!
carer-done-lead = Activa el abdomen así, con suavidad y sin dejar de respirar, antes de cada esfuerzo de hoy.
carer-done-stopped-title = Práctica interrumpida
carer-done-stopped-lead = Si algo no iba bien, esto es lo que tienes que hacer:
