"""Subset JSON schemas of the Zoom Meeting API operations HostGuard uses, written from Zoom's own
API description (shared ``reference/vendor-api/zoom-meeting-api.json``, Zoom's published
``ZoomMeetingAPISpec.json``; read, not vendored: Zoom's terms do not let us copy it).

Each schema names its operation (``operationId``) and the JSON pointer in that file it was
written from. "Subset" means: only the operations HostGuard calls, and within them every
property the description defines (with its type and enum) so that ``additionalProperties:
false`` can close what the vendor lists in full:

* answers (participant rows, meeting details, registrants): the description lists every field
  Zoom returns; a field outside that list (e.g. ``participant_uuid``, which the dashboard does
  not have) is one a client must not rely on and a faithful simulator must not send;
* requests: a client must not send a field, query parameter or enum value the vendor does not
  define (e.g. a country policy on ``PATCH /webinars/{webinarId}``, whose settings have none).

Deviations, each said where it is made: the description writes ``"maximum": 30`` on the
registrant array of the status calls (a number keyword on an array, which JSON Schema ignores),
meaning at most 30 items: written ``maxItems`` here; ``leave_reason``'s enum contains the template
``"$name left the meeting."``: written as a pattern for any name. Error answers are described in
prose only (``**Error Code:** `3001` ...``); their body is Zoom's documented ``{code, message}``.

`tests/contract/test_zoom_contract.py` checks, when the description is present, that every
property, type and enum written here is the description's own at the named pointer.
"""

from __future__ import annotations

import re
from typing import Any

S: dict[str, Any] = {"type": "string"}
INT: dict[str, Any] = {"type": "integer"}
B: dict[str, Any] = {"type": "boolean"}
ANY: dict[str, Any] = {}
QUALITY = {"type": "string", "enum": ["", "good", "fair", "poor", "bad"]}


def _obj(props: dict[str, Any], *, closed: bool = True, required: tuple[str, ...] = ()) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object", "properties": props}
    if closed:
        out["additionalProperties"] = False
    if required:
        out["required"] = list(required)
    return out


# -- GET /metrics/meetings/{meetingId}/participants: dashboardMeetingParticipants ------------------
# #/paths/~1metrics~1meetings~1{meetingId}~1participants/get/responses/200/content/application~1json/schema
# /properties/participants/items
_LEAVE_REASONS = [
    "Host ended the meeting.", "Host closed the meeting.", "Host started a new meeting.",
    "Network connection error.", "Host did not join.", "Exceeded free meeting minutes limit.",
    "Removed by host.", "Unknown reason.", "Leave waiting room.", "Removed by host from waiting room.",
]  # fmt: skip
_PARTICIPANT_PROPS: dict[str, Any] = {
    "audio_quality": QUALITY,
    "camera": S,
    "connection_type": S,
    "customer_key": {"type": "string", "maxLength": 35},
    "data_center": S,
    "device": {"type": "string", "enum": ["Phone", "H.323/SIP", "Windows", "Mac", "iOS", "Android"]},
    "domain": S,
    "email": S,  # format email; "" for people outside the host's account (documented)
    "from_sip_uri": S,
    "full_data_center": S,
    "harddisk_id": S,
    "id": S,  # deprecated: "Use the participant_user_id value instead"
    "in_room_participants": INT,
    "internal_ip_addresses": {"type": "array", "items": S},
    "ip_address": S,
    "join_time": S,  # format date-time
    # enum, with "$name left the meeting." / "$name got disconnected from the meeting." templates
    "leave_reason": {
        "type": "string",
        "anyOf": [{"enum": _LEAVE_REASONS}, {"pattern": r"^.* (left|got disconnected from) the meeting\.$"}],
    },
    "leave_time": S,  # format date-time; "will only return if a participant has left"
    "location": S,
    "mac_addr": S,
    "microphone": S,
    "network_type": {"type": "string", "enum": ["Wired", "Wifi", "PPP", "Cellular", "Others"]},
    "participant_user_id": S,
    "pc_name": S,
    "recording": B,
    "registrant_id": S,
    "role": {"type": "string", "enum": ["host", "attendee"]},
    "screen_share_quality": QUALITY,
    "share_application": B,
    "share_desktop": B,
    "share_whiteboard": B,
    "sip_uri": S,
    "speaker": S,
    "status": {"type": "string", "enum": ["in_meeting", "in_waiting_room"]},
    "user_id": S,
    "user_name": S,
    "version": S,
    "video_quality": QUALITY,
    "bo_mtg_id": S,
    "audio_call": {"type": "array"},
}
MEETING_PARTICIPANT = _obj(_PARTICIPANT_PROPS)

# #/paths/~1metrics~1meetings~1{meetingId}~1participants/get/responses/200/content/application~1json/schema
_PAGE = {
    "next_page_token": S,
    "page_count": INT,
    "page_size": {"type": "integer", "maximum": 300},
    "total_records": INT,
}
MEETING_PARTICIPANTS = _obj({**_PAGE, "participants": {"type": "array", "items": MEETING_PARTICIPANT}})

# -- GET /metrics/webinars/{webinarId}/participants: dashboardWebinarParticipants --------------------
# #/paths/~1metrics~1webinars~1{webinarId}~1participants/get/responses/200/content/application~1json/schema
# /properties/participants/items: the meeting row without status, camera, in_room_participants,
# bo_mtg_id, and role host | attendee | panelist
WEBINAR_PARTICIPANT = _obj(
    {
        **{k: v for k, v in _PARTICIPANT_PROPS.items() if k not in ("status", "camera", "in_room_participants", "bo_mtg_id")},
        "role": {"type": "string", "enum": ["host", "attendee", "panelist"]},
    }
)
WEBINAR_PARTICIPANTS = _obj({**_PAGE, "participants": {"type": "array", "items": WEBINAR_PARTICIPANT}})

# -- GET /metrics/meetings/{meetingId}: dashboardMeetingDetail ----------------------------------------
# #/paths/~1metrics~1meetings~1{meetingId}/get/responses/200/content/application~1json/schema
_DETAIL_PROPS: dict[str, Any] = {
    "host": S, "custom_keys": {"type": "array"}, "dept": S, "duration": S, "email": S, "end_time": S,
    "has_3rd_party_audio": B, "has_archiving": B, "has_pstn": B, "has_recording": B, "has_screen_share": B,
    "has_sip": B, "has_video": B, "has_voip": B, "has_manual_captions": B, "has_automated_captions": B,
    "id": {"type": "integer", "format": "int64"}, "participants": INT, "start_time": S, "topic": S,
    "user_type": S, "uuid": S,
}  # fmt: skip
MEETING_DETAIL = _obj({**_DETAIL_PROPS, "in_room_participants": INT})
# -- GET /metrics/webinars/{webinarId}: dashboardWebinarDetail -----------------------------------------
# #/paths/~1metrics~1webinars~1{webinarId}/get/responses/200/content/application~1json/schema
WEBINAR_DETAIL = _obj(
    {**_DETAIL_PROPS, "audio_quality": S, "video_quality": S, "screen_share_quality": S}
)

# -- GET /meetings/{meetingId}: meeting ---------------------------------------------------------------
# #/paths/~1meetings~1{meetingId}/get/responses/200/content/application~1json/schema
# /properties/settings/properties/approved_or_denied_countries_or_regions
COUNTRY_POLICY = _obj(
    {
        "approved_list": {"type": "array", "items": S},
        "denied_list": {"type": "array", "items": S},
        "enable": B,
        "method": {"type": "string", "enum": ["approve", "deny"]},
    }
)
_MEETING_SETTING_NAMES = (
    "allow_multiple_devices", "alternative_hosts_email_notification", "alternative_host_update_polls",
    "audio", "audio_conference_info", "authentication_domains", "authentication_exception",
    "authentication_name", "authentication_option", "auto_recording", "breakout_room", "calendar_type",
    "close_registration", "cn_meeting", "contact_email", "contact_name", "custom_keys", "email_notification",
    "encryption_type", "enforce_login", "enforce_login_domains", "focus_mode", "global_dial_in_countries",
    "global_dial_in_numbers", "host_video", "in_meeting", "jbh_time", "join_before_host",
    "language_interpretation", "sign_language_interpretation", "meeting_authentication", "mute_upon_entry",
    "participant_video", "private_meeting", "registrants_confirmation_email", "registrants_email_notification",
    "show_share_button", "use_pmi", "waiting_room", "watermark", "host_save_video_order",
    "internal_meeting", "continuous_meeting_chat", "participant_focused_meeting", "push_change_to_calendar",
    "resources",
)  # fmt: skip
# .../schema/properties/settings
MEETING_SETTINGS = _obj(
    {
        **{name: ANY for name in _MEETING_SETTING_NAMES},
        "alternative_hosts": S,  # "A semicolon-separated list of the meeting's alternative hosts' email addresses or IDs"
        "approval_type": {"type": "integer", "enum": [0, 1, 2]},
        "approved_or_denied_countries_or_regions": COUNTRY_POLICY,
        "registration_type": {"type": "integer", "enum": [1, 2, 3]},
    }
)
MEETING = _obj(
    {
        **{name: ANY for name in (
            "assistant_id", "host_email", "host_id", "agenda", "created_at", "duration", "encrypted_password",
            "h323_password", "join_url", "chat_join_url", "occurrences", "password", "pmi", "pre_schedule",
            "recurrence", "start_time", "start_url", "timezone", "tracking_fields",
        )},
        "id": {"type": "integer", "format": "int64"},
        "uuid": S,
        "topic": S,
        "type": {"type": "integer", "enum": [1, 2, 3, 8]},
        "status": {"type": "string", "enum": ["waiting", "started"]},
        "settings": MEETING_SETTINGS,
    }
)

# -- GET /webinars/{webinarId}: webinar -----------------------------------------------------------------
# #/paths/~1webinars~1{webinarId}/get/responses/200/content/application~1json/schema/properties/settings:
# no approved_or_denied_countries_or_regions (the webinar has no country policy)
_WEBINAR_SETTING_NAMES = (
    "allow_multiple_devices", "alternative_host_update_polls",
    "attendees_and_panelists_reminder_email_notification", "audio", "audio_conference_info",
    "authentication_domains", "authentication_name", "authentication_option", "auto_recording",
    "close_registration", "contact_email", "contact_name", "email_language", "enforce_login",
    "enforce_login_domains", "follow_up_absentees_email_notification", "follow_up_attendees_email_notification",
    "global_dial_in_countries", "hd_video", "hd_video_for_attendees", "host_video", "language_interpretation",
    "sign_language_interpretation", "panelist_authentication", "meeting_authentication", "add_watermark",
    "add_audio_watermark", "notify_registrants", "on_demand", "panelists_invitation_email_notification",
    "panelists_video", "post_webinar_survey", "practice_session", "question_and_answer",
    "registrants_confirmation_email", "registrants_email_notification", "registrants_restrict_number",
    "send_1080p_video_to_attendees", "show_share_button", "survey_url", "enable_session_branding",
)  # fmt: skip
WEBINAR_SETTINGS = _obj(
    {
        **{name: ANY for name in _WEBINAR_SETTING_NAMES},
        "alternative_hosts": S,  # "Alternative host emails or IDs. Multiple values separated by comma."
        "approval_type": {"type": "integer", "enum": [0, 1, 2]},
        "registration_type": {"type": "integer", "enum": [1, 2, 3]},
    }
)
# #/paths/~1webinars~1{webinarId}/get/responses/200/content/application~1json/schema
WEBINAR = _obj(
    {
        **{name: ANY for name in (
            "host_email", "host_id", "agenda", "created_at", "duration", "join_url", "occurrences", "password",
            "recurrence", "start_time", "start_url", "timezone", "tracking_fields", "is_simulive", "record_file_id",
        )},
        "id": {"type": "integer", "format": "int64"},
        "uuid": S,
        "topic": S,
        "type": {"type": "integer", "enum": [5, 6, 9]},
        "settings": WEBINAR_SETTINGS,
    }
)

# -- PATCH /meetings/{meetingId}: meetingUpdate (request body) -------------------------------------------
# #/paths/~1meetings~1{meetingId}/patch/requestBody/content/application~1json/schema
MEETING_UPDATE = _obj(
    {
        **{name: ANY for name in (
            "agenda", "duration", "password", "pre_schedule", "schedule_for", "recurrence", "start_time",
            "template_id", "timezone", "topic", "tracking_fields", "type",
        )},
        # .../schema/properties/settings (only the setting HostGuard sends is spelled out; the
        # others are allowed by name, as the description lists them)
        "settings": _obj(
            {
                **{name: ANY for name in _MEETING_SETTING_NAMES if name != "push_change_to_calendar"},
                "alternative_hosts": S,
                "approval_type": ANY,
                "registration_type": ANY,
                "meeting_invitees": ANY,
                # .../settings/properties/approved_or_denied_countries_or_regions
                "approved_or_denied_countries_or_regions": COUNTRY_POLICY,
            }
        ),
    }
)
# -- PATCH /webinars/{webinarId}: webinarUpdate (request body) -------------------------------------------
# #/paths/~1webinars~1{webinarId}/patch/requestBody/content/application~1json/schema: its settings
# have no approved_or_denied_countries_or_regions, so a client sending one fails here.
WEBINAR_UPDATE = _obj(
    {
        **{name: ANY for name in (
            "agenda", "duration", "password", "schedule_for", "recurrence", "start_time", "timezone", "topic",
            "tracking_fields", "type", "is_simulive", "record_file_id",
        )},
        "settings": _obj(
            {**{name: ANY for name in _WEBINAR_SETTING_NAMES}, "alternative_hosts": S, "approval_type": ANY, "registration_type": ANY}
        ),
    }
)

# -- GET /meetings/{meetingId}/registrants: meetingRegistrants --------------------------------------------
# #/paths/~1meetings~1{meetingId}~1registrants/get/responses/200/content/application~1json/schema
# /properties/registrants/items
_REGISTRANT_PROPS: dict[str, Any] = {
    "id": S, "address": S, "city": S, "comments": S, "country": S, "custom_questions": {"type": "array"},
    "email": {"type": "string", "maxLength": 128}, "first_name": {"type": "string", "maxLength": 64},
    "industry": S, "job_title": S, "last_name": {"type": "string", "maxLength": 64},
    "no_of_employees": S, "org": S, "phone": S, "purchasing_time_frame": S, "role_in_purchase_process": S,
    "state": S, "status": {"type": "string", "enum": ["approved", "denied", "pending"]}, "zip": S,
    "create_time": S, "join_url": S,
}  # fmt: skip
_REGISTRANT_PAGE = {**_PAGE, "page_number": INT}
MEETING_REGISTRANTS = _obj(
    {
        **_REGISTRANT_PAGE,
        "registrants": {"type": "array", "items": _obj({**_REGISTRANT_PROPS, "participant_pin_code": INT})},
    }
)
# -- GET /webinars/{webinarId}/registrants: webinarRegistrants ---------------------------------------------
# #/paths/~1webinars~1{webinarId}~1registrants/get/responses/200/content/application~1json/schema
WEBINAR_REGISTRANTS = _obj({**_REGISTRANT_PAGE, "registrants": {"type": "array", "items": _obj(_REGISTRANT_PROPS)}})

# -- PUT /meetings/{meetingId}/registrants/status: meetingRegistrantStatus (request body) ------------------
# #/paths/~1meetings~1{meetingId}~1registrants~1status/put/requestBody/content/application~1json/schema
# (webinarRegistrantStatus: the same at #/paths/~1webinars~1{webinarId}~1registrants~1status/put/...)
REGISTRANT_STATUS = _obj(
    {
        # approve; cancel: "Cancel previously approved registrant's registration"; deny: "Deny registrant"
        "action": {"type": "string", "enum": ["approve", "cancel", "deny"]},
        "registrants": {"type": "array", "maxItems": 30, "items": _obj({"email": S, "id": S})},
    },
    required=("action",),
)

# Zoom's error body (the descriptions give codes in prose: "**Error Code:** `3001`").
ERROR = _obj({"code": INT, "message": S}, required=("code", "message"))

# -- parameters --------------------------------------------------------------------------------------------
# Path: GET/PATCH /meetings/{meetingId}, the registrant calls and PATCH /webinars/{webinarId} take
# "type": "integer", "format": "int64" (#/paths/~1meetings~1{meetingId}/get/parameters/0/schema);
# the dashboard and GET /webinars/{webinarId} take the number or the UUID (a string).
NUMBER_ID = {"type": "integer", "format": "int64", "minimum": 1}
ANY_ID = {"type": ["integer", "string"], "minLength": 1}

# Query: #/paths/~1metrics~1meetings~1{meetingId}~1participants/get/parameters
_DASHBOARD_QUERY = {
    "type": {"type": "string", "enum": ["past", "pastOne", "live"]},
    "page_size": {"type": "integer", "maximum": 300},
    "next_page_token": S,
    "include_fields": {"type": "string", "enum": ["registrant_id"]},
}
# #/paths/~1metrics~1webinars~1{webinarId}~1participants/get/parameters: type past | live
_WEBINAR_DASHBOARD_QUERY = {**_DASHBOARD_QUERY, "type": {"type": "string", "enum": ["past", "live"]}}
# #/paths/~1metrics~1meetings~1{meetingId}/get/parameters (and the webinar's: past | live)
_DETAIL_QUERY = {"type": {"type": "string", "enum": ["past", "pastOne", "live"]}}
_WEBINAR_DETAIL_QUERY = {"type": {"type": "string", "enum": ["past", "live"]}}
# #/paths/~1meetings~1{meetingId}/get/parameters
_MEETING_QUERY = {"occurrence_id": S, "show_previous_occurrences": B}
# #/paths/~1meetings~1{meetingId}~1registrants/get/parameters (the webinar's adds tracking_source_id)
_REGISTRANTS_QUERY = {
    "occurrence_id": S,
    "status": {"type": "string", "enum": ["pending", "approved", "denied"]},
    "page_size": {"type": "integer", "maximum": 300},
    "page_number": INT,
    "next_page_token": S,
}
_OCCURRENCE = {"occurrence_id": S}


# (method, path template, operationId, path id schema, query properties, request body schema,
#  {status: answer schema}; None: no body)
OPERATIONS: list[tuple[str, str, str, dict, dict, dict | None, dict[int, dict | None]]] = [
    ("GET", "/metrics/meetings/{id}/participants", "dashboardMeetingParticipants", ANY_ID, _DASHBOARD_QUERY, None, {200: MEETING_PARTICIPANTS}),
    ("GET", "/metrics/webinars/{id}/participants", "dashboardWebinarParticipants", ANY_ID, _WEBINAR_DASHBOARD_QUERY, None, {200: WEBINAR_PARTICIPANTS}),
    ("GET", "/metrics/meetings/{id}", "dashboardMeetingDetail", ANY_ID, _DETAIL_QUERY, None, {200: MEETING_DETAIL}),
    ("GET", "/metrics/webinars/{id}", "dashboardWebinarDetail", ANY_ID, _WEBINAR_DETAIL_QUERY, None, {200: WEBINAR_DETAIL}),
    ("GET", "/meetings/{id}", "meeting", NUMBER_ID, _MEETING_QUERY, None, {200: MEETING}),
    ("PATCH", "/meetings/{id}", "meetingUpdate", NUMBER_ID, _OCCURRENCE, MEETING_UPDATE, {204: None}),
    ("GET", "/webinars/{id}", "webinar", ANY_ID, _MEETING_QUERY, None, {200: WEBINAR}),
    ("PATCH", "/webinars/{id}", "webinarUpdate", NUMBER_ID, _OCCURRENCE, WEBINAR_UPDATE, {204: None}),
    ("GET", "/meetings/{id}/registrants", "meetingRegistrants", NUMBER_ID, _REGISTRANTS_QUERY, None, {200: MEETING_REGISTRANTS}),
    ("GET", "/webinars/{id}/registrants", "webinarRegistrants", NUMBER_ID, {**_REGISTRANTS_QUERY, "tracking_source_id": S}, None, {200: WEBINAR_REGISTRANTS}),
    ("PUT", "/meetings/{id}/registrants/status", "meetingRegistrantStatus", NUMBER_ID, _OCCURRENCE, REGISTRANT_STATUS, {204: None}),
    ("PUT", "/webinars/{id}/registrants/status", "webinarRegistrantStatus", NUMBER_ID, _OCCURRENCE, REGISTRANT_STATUS, {204: None}),
]  # fmt: skip

# Where each answer schema was written from, for the check against the description.
POINTERS: list[tuple[str, dict]] = [
    ("/paths/~1metrics~1meetings~1{meetingId}~1participants/get/responses/200/content/application~1json/schema", MEETING_PARTICIPANTS),
    ("/paths/~1metrics~1webinars~1{webinarId}~1participants/get/responses/200/content/application~1json/schema", WEBINAR_PARTICIPANTS),
    ("/paths/~1metrics~1meetings~1{meetingId}/get/responses/200/content/application~1json/schema", MEETING_DETAIL),
    ("/paths/~1metrics~1webinars~1{webinarId}/get/responses/200/content/application~1json/schema", WEBINAR_DETAIL),
    ("/paths/~1meetings~1{meetingId}/get/responses/200/content/application~1json/schema", MEETING),
    ("/paths/~1webinars~1{webinarId}/get/responses/200/content/application~1json/schema", WEBINAR),
    ("/paths/~1meetings~1{meetingId}/patch/requestBody/content/application~1json/schema", MEETING_UPDATE),
    ("/paths/~1webinars~1{webinarId}/patch/requestBody/content/application~1json/schema", WEBINAR_UPDATE),
    ("/paths/~1meetings~1{meetingId}~1registrants/get/responses/200/content/application~1json/schema", MEETING_REGISTRANTS),
    ("/paths/~1webinars~1{webinarId}~1registrants/get/responses/200/content/application~1json/schema", WEBINAR_REGISTRANTS),
    ("/paths/~1meetings~1{meetingId}~1registrants~1status/put/requestBody/content/application~1json/schema", REGISTRANT_STATUS),
    ("/paths/~1webinars~1{webinarId}~1registrants~1status/put/requestBody/content/application~1json/schema", REGISTRANT_STATUS),
]  # fmt: skip

# The path parameter and query parameters of each operation, for the same check.
PARAMETER_POINTERS: list[tuple[str, str]] = [
    ("/paths/~1metrics~1meetings~1{meetingId}~1participants/get/parameters", "dashboardMeetingParticipants"),
    ("/paths/~1metrics~1webinars~1{webinarId}~1participants/get/parameters", "dashboardWebinarParticipants"),
    ("/paths/~1metrics~1meetings~1{meetingId}/get/parameters", "dashboardMeetingDetail"),
    ("/paths/~1metrics~1webinars~1{webinarId}/get/parameters", "dashboardWebinarDetail"),
    ("/paths/~1meetings~1{meetingId}/get/parameters", "meeting"),
    ("/paths/~1meetings~1{meetingId}/patch/parameters", "meetingUpdate"),
    ("/paths/~1webinars~1{webinarId}/get/parameters", "webinar"),
    ("/paths/~1webinars~1{webinarId}/patch/parameters", "webinarUpdate"),
    ("/paths/~1meetings~1{meetingId}~1registrants/get/parameters", "meetingRegistrants"),
    ("/paths/~1webinars~1{webinarId}~1registrants/get/parameters", "webinarRegistrants"),
    ("/paths/~1meetings~1{meetingId}~1registrants~1status/put/parameters", "meetingRegistrantStatus"),
    ("/paths/~1webinars~1{webinarId}~1registrants~1status/put/parameters", "webinarRegistrantStatus"),
]  # fmt: skip


def operation_for(method: str, path: str) -> tuple[tuple, str] | None:
    """The operation a request path (after ``/v2``, still percent-encoded) belongs to, and the
    raw id segment; None for a path outside the subset."""
    for op in OPERATIONS:
        pattern = "^" + re.escape(op[1]).replace(re.escape("{id}"), "([^/]+)") + "$"
        m = re.match(pattern, path)
        if m and op[0] == method:
            return op, m.group(1)
    return None


__all__ = ["ERROR", "NUMBER_ID", "OPERATIONS", "PARAMETER_POINTERS", "POINTERS", "operation_for"]
