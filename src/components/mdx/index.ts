/** Components available in every MDX body without an import (see content/README.md). */
import Week from './Week.astro';
import When from './When.astro';
import Weeks from './Weeks.astro';
import Note from './Note.astro';
import Later from './Later.astro';
import Options from './Options.astro';
import Option from './Option.astro';
import Keuzekaart from './Keuzekaart.astro';
import Bedrag from './Bedrag.astro';
import Contact from './Contact.astro';
import HelpForOthers from './HelpForOthers.astro';
import Hulpnummer from './Hulpnummer.astro';
import ShareWithRelative from './ShareWithRelative.astro';

export const mdxComponents = { Week, When, Weeks, Note, Later, Options, Option, Keuzekaart, Bedrag, Contact, HelpForOthers, Hulpnummer, ShareWithRelative };
