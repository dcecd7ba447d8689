"""Closed namespaces for the project's ontology and the vocabularies it reuses.

``DKG`` lists every term of ``ontology/diplomatic.ttl``; a typo such as ``DKG.Meting``
raises at import time of the calling code path instead of writing a wrong IRI.
A test checks that this list and the ontology file agree.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from ..event_types import TYPES

BASE = "https://w3id.org/diplomatic-kg/"
ID = Namespace(BASE + "id/")
GEONAMES = Namespace("https://sws.geonames.org/")


class DKG(DefinedNamespace):
    """The diplomatic-kg ontology (ontology/diplomatic.ttl)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    DiplomaticEvent: URIRef
    Meeting: URIRef
    Consultation: URIRef
    Hosting: URIRef
    Travel: URIRef
    PhoneCall: URIRef
    Statement: URIRef
    Agreement: URIRef
    typeCode: URIRef
    Person: URIRef
    Organisation: URIRef
    Country: URIRef
    City: URIRef
    office: URIRef
    affiliation: URIRef
    countryCode: URIRef
    geonamesId: URIRef
    involves: URIRef
    RoleType: URIRef
    host: URIRef
    guest: URIRef
    traveller: URIRef
    speaker: URIRef
    party: URIRef
    participant: URIRef
    datePrecision: URIRef
    unitWindow: URIRef
    unitUnknown: URIRef
    dateExpression: URIRef
    origin: URIRef
    modality: URIRef
    Article: URIRef
    EventMention: URIRef
    Extraction: URIRef
    field: URIRef
    trigger: URIRef
    confidence: URIRef
    section: URIRef
    agency: URIRef
    articleId: URIRef
    mergeReason: URIRef
    CAMEO: URIRef
    CAMEO_010: URIRef
    CAMEO_012: URIRef
    CAMEO_040: URIRef
    CAMEO_041: URIRef
    CAMEO_042: URIRef
    CAMEO_043: URIRef
    CAMEO_044: URIRef
    CAMEO_046: URIRef
    CAMEO_057: URIRef
    PLOVER: URIRef
    PLOVER_CONSULT_phone: URIRef
    PLOVER_CONSULT_visit: URIRef
    PLOVER_CONSULT_host: URIRef
    PLOVER_CONSULT_meet: URIRef
    PLOVER_CONSULT_multilateral: URIRef


class SEM(DefinedNamespace):
    """The Simple Event Model terms the project uses."""

    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    _fail = True

    Event: URIRef
    Actor: URIRef
    Place: URIRef
    Role: URIRef
    RoleType: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    roleType: URIRef
    hasEarliestBeginTimeStamp: URIRef
    hasLatestEndTimeStamp: URIRef


class NIF(DefinedNamespace):
    """NIF core terms for character offsets."""

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True

    Context: URIRef
    OffsetBasedString: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef
    referenceContext: URIRef


class GAF(DefinedNamespace):
    """The Grounded Annotation Framework's link from an event to its mentions."""

    _NS = Namespace("http://groundedannotationframework.org/gaf#")
    _fail = True

    denotedBy: URIRef


class DKGR(DefinedNamespace):
    """Readings (ontology/readings.ttl): the transport form of the distributed build, never output."""

    _NS = Namespace(BASE + "reading#")
    _fail = True

    Article: URIRef
    Mention: URIRef
    Participant: URIRef
    Entity: URIRef
    Label: URIRef
    article: URIRef
    participant: URIRef
    label: URIRef
    position: URIRef
    id: URIRef
    lang: URIRef
    title: URIRef
    published: URIRef
    source: URIRef
    url: URIRef
    section: URIRef
    agency: URIRef
    path: URIRef
    line: URIRef
    type: URIRef
    trigger: URIRef
    sentence: URIRef
    start: URIRef
    end: URIRef
    field: URIRef
    confidence: URIRef
    modality: URIRef
    step: URIRef
    place: URIRef
    origin: URIRef
    earliest: URIRef
    latest: URIRef
    precision: URIRef
    expression: URIRef
    key: URIRef
    role: URIRef
    name: URIRef
    kind: URIRef
    office: URIRef
    affiliation: URIRef
    country: URIRef
    geonamesId: URIRef
    lat: URIRef
    lon: URIRef
    value: URIRef


EVENT_CLASSES = {t.code: DKG[t.ontology_class] for t in TYPES}  # the registry, kg/event_types.py
ROLE_TYPES = {
    "host": DKG.host, "guest": DKG.guest, "traveller": DKG.traveller, "speaker": DKG.speaker,
    "party": DKG.party, "participant": DKG.participant,
}
ENTITY_CLASSES = {"person": DKG.Person, "organisation": DKG.Organisation, "country": DKG.Country, "city": DKG.City}
PREFIXES = {"dkg": DKG._NS, "sem": SEM._NS, "nif": NIF._NS, "gaf": GAF._NS, "id": ID}
