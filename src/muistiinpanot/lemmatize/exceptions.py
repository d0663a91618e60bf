"""The lemma exceptions shipped with the spaCy Finnish model (lexicalised adverbs such as
`ainakin`, irregular pronoun forms such as `kenelle` → `kuka`), read without loading the model."""

from __future__ import annotations

import functools
import logging
from importlib import resources
from pathlib import Path

logger = logging.getLogger(__name__)

MODEL_PACKAGE = "spacy_fi_experimental_web_md"


@functools.cache
def load_lemma_exceptions() -> dict[str, dict[str, str]]:
    """{universal POS: {lowercase form: lemma}} from the model's `lemma_exc` table."""
    from spacy.lookups import Lookups
    from spacy.parts_of_speech import NAMES

    package = Path(str(resources.files(MODEL_PACKAGE)))
    lookups_dirs = sorted(package.glob("*/lemmatizer/lookups"))
    if not lookups_dirs:
        logger.warning("no lemma exceptions found in %s", package)
        return {}
    table = Lookups().from_disk(lookups_dirs[-1]).get_table("lemma_exc", {})
    return {NAMES[int(pos)]: dict(forms) for pos, forms in table.items()}
