package fi.hyvinvointialue.forum.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.Announcement;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.CommunicationEntry;
import fi.hyvinvointialue.forum.domain.CommunicationPlan;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.DecisionPath;
import fi.hyvinvointialue.forum.domain.FeedbackComment;
import fi.hyvinvointialue.forum.domain.FeedbackWindow;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.domain.MemoDelivery;
import fi.hyvinvointialue.forum.domain.MemoItem;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.Participant;
import fi.hyvinvointialue.forum.domain.PartnershipAgreement;
import fi.hyvinvointialue.forum.domain.Person;
import fi.hyvinvointialue.forum.domain.Playbook;
import fi.hyvinvointialue.forum.domain.Publication;
import fi.hyvinvointialue.forum.domain.Recording;
import fi.hyvinvointialue.forum.domain.Registration;
import fi.hyvinvointialue.forum.domain.RemoteConnection;
import fi.hyvinvointialue.forum.domain.Signature;
import fi.hyvinvointialue.forum.domain.Translations;
import fi.hyvinvointialue.forum.domain.Venue;
import fi.hyvinvointialue.forum.domain.VitalityPledge;
import fi.hyvinvointialue.forum.domain.WorkingGroup;
import fi.hyvinvointialue.forum.domain.WorkingGroupMember;
import fi.hyvinvointialue.forum.domain.profile.Approval;
import fi.hyvinvointialue.forum.domain.profile.BuiltInProfiles;
import fi.hyvinvointialue.forum.domain.profile.County;
import fi.hyvinvointialue.forum.domain.profile.LocalizedText;
import fi.hyvinvointialue.forum.domain.profile.Municipality;
import fi.hyvinvointialue.forum.domain.profile.PartnerRequirement;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.json.ProfileDtos.ApprovalDto;
import fi.hyvinvointialue.forum.json.PublishingFiles.CountyPublishingDto;
import fi.hyvinvointialue.forum.json.ProfileDtos.CountyDto;
import fi.hyvinvointialue.forum.json.ProfileDtos.LocalizedTextDto;
import fi.hyvinvointialue.forum.json.ProfileDtos.MunicipalityDto;
import fi.hyvinvointialue.forum.json.ProfileDtos.PartnerRequirementDto;
import fi.hyvinvointialue.forum.json.ProfileDtos.PolicyProfileDto;
import fi.hyvinvointialue.forum.json.YearDtos.AgendaItemDto;
import fi.hyvinvointialue.forum.json.YearDtos.AnnouncementDto;
import fi.hyvinvointialue.forum.json.YearDtos.ClockThemeDto;
import fi.hyvinvointialue.forum.json.YearDtos.CommunicationEntryDto;
import fi.hyvinvointialue.forum.json.YearDtos.CommunicationPlanDto;
import fi.hyvinvointialue.forum.json.YearDtos.DecisionDto;
import fi.hyvinvointialue.forum.json.YearDtos.DecisionPathDto;
import fi.hyvinvointialue.forum.json.YearDtos.FeedbackCommentDto;
import fi.hyvinvointialue.forum.json.YearDtos.FeedbackWindowDto;
import fi.hyvinvointialue.forum.json.YearDtos.ForumEventDto;
import fi.hyvinvointialue.forum.json.YearDtos.MemoDeliveryDto;
import fi.hyvinvointialue.forum.json.YearDtos.MemoDto;
import fi.hyvinvointialue.forum.json.YearDtos.MemoItemDto;
import fi.hyvinvointialue.forum.json.YearDtos.OrganisationDto;
import fi.hyvinvointialue.forum.json.YearDtos.ParticipantDto;
import fi.hyvinvointialue.forum.json.YearDtos.PartnershipAgreementDto;
import fi.hyvinvointialue.forum.json.YearDtos.PersonDto;
import fi.hyvinvointialue.forum.json.YearDtos.PlaybookDto;
import fi.hyvinvointialue.forum.json.YearDtos.PublicationDto;
import fi.hyvinvointialue.forum.json.YearDtos.RecordingDto;
import fi.hyvinvointialue.forum.json.YearDtos.RegistrationDto;
import fi.hyvinvointialue.forum.json.YearDtos.RemoteConnectionDto;
import fi.hyvinvointialue.forum.json.YearDtos.SignatureDto;
import fi.hyvinvointialue.forum.json.YearDtos.TranslationsDto;
import fi.hyvinvointialue.forum.json.YearDtos.VenueDto;
import fi.hyvinvointialue.forum.json.YearDtos.VitalityPledgeDto;
import fi.hyvinvointialue.forum.json.YearDtos.WorkingGroupDto;
import fi.hyvinvointialue.forum.json.YearDtos.WorkingGroupMemberDto;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The Jackson set-up: each domain value is read through its DTO record and converted at once, so a
 * consistency check that fails is reported at that value's place in the file.
 */
final class PlanMapper {
  private PlanMapper() {}

  static ObjectMapper yaml(int sizeLimit) {
    YAMLFactoryBuilder builder = YAMLFactory.builder()
        .loaderOptions(PlanLimits.loaderOptions(sizeLimit))
        .streamReadConstraints(PlanLimits.constraints(sizeLimit))
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        // an industry code such as "01110" read back as a number would lose its leading zero
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR);
    return configure(new PlanYamlFactory(builder));
  }

  /** Compact JSON for stored years' documents, with {@link PlanLimits#storedDocuments()}. */
  static ObjectMapper storedDocuments() {
    return configure(JsonFactory.builder().streamReadConstraints(PlanLimits.storedDocuments()).build());
  }

  static ObjectMapper json(int sizeLimit) {
    return configure(JsonFactory.builder().streamReadConstraints(PlanLimits.constraints(sizeLimit)).build())
        .enable(SerializationFeature.INDENT_OUTPUT);
  }

  /**
   * Values are read only from their own kind of token, as the JSON Schema says: a number or truth
   * value for a text is refused here, a quoted number by {@link ExactScalars}, a {@code null} by the
   * {@link FieldTrackingParser}.
   */
  private static ObjectMapper configure(JsonFactory factory) {
    return JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(domainModule())
        .annotationIntrospector(new RequiredUnlessOmittable())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .withCoercionConfig(LogicalType.Textual, texts -> {
          for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            texts.setCoercion(shape, CoercionAction.Fail);
          }
        })
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
        .build();
  }

  private static SimpleModule domainModule() {
    SimpleModule module = new SimpleModule("forum-plan");
    map(module, Organisation.class, OrganisationDto.class, OrganisationDto::of, OrganisationDto::toDomain);
    map(module, Person.class, PersonDto.class, PersonDto::of, PersonDto::toDomain);
    map(module, Venue.class, VenueDto.class, VenueDto::of, VenueDto::toDomain);
    map(module, RemoteConnection.class, RemoteConnectionDto.class, RemoteConnectionDto::of, RemoteConnectionDto::toDomain);
    map(module, Participant.class, ParticipantDto.class, ParticipantDto::of, ParticipantDto::toDomain);
    map(module, Registration.class, RegistrationDto.class, RegistrationDto::of, RegistrationDto::toDomain);
    map(module, DecisionPath.class, DecisionPathDto.class, DecisionPathDto::of, DecisionPathDto::toDomain);
    map(module, Translations.class, TranslationsDto.class, TranslationsDto::of, TranslationsDto::toDomain);
    map(module, AgendaItem.class, AgendaItemDto.class, AgendaItemDto::of, AgendaItemDto::toDomain);
    map(module, Publication.class, PublicationDto.class, PublicationDto::of, PublicationDto::toDomain);
    map(module, Announcement.class, AnnouncementDto.class, AnnouncementDto::of, AnnouncementDto::toDomain);
    map(module, FeedbackComment.class, FeedbackCommentDto.class, FeedbackCommentDto::of, FeedbackCommentDto::toDomain);
    map(module, FeedbackWindow.class, FeedbackWindowDto.class, FeedbackWindowDto::of, FeedbackWindowDto::toDomain);
    map(module, Recording.class, RecordingDto.class, RecordingDto::of, RecordingDto::toDomain);
    map(module, MemoItem.class, MemoItemDto.class, MemoItemDto::of, MemoItemDto::toDomain);
    map(module, MemoDelivery.class, MemoDeliveryDto.class, MemoDeliveryDto::of, MemoDeliveryDto::toDomain);
    map(module, Memo.class, MemoDto.class, MemoDto::of, MemoDto::toDomain);
    map(module, ForumEvent.class, ForumEventDto.class, ForumEventDto::of, ForumEventDto::toDomain);
    map(module, Decision.class, DecisionDto.class, DecisionDto::of, DecisionDto::toDomain);
    map(module, ClockTheme.class, ClockThemeDto.class, ClockThemeDto::of, ClockThemeDto::toDomain);
    map(module, WorkingGroupMember.class, WorkingGroupMemberDto.class, WorkingGroupMemberDto::of,
        WorkingGroupMemberDto::toDomain);
    map(module, WorkingGroup.class, WorkingGroupDto.class, WorkingGroupDto::of, WorkingGroupDto::toDomain);
    map(module, CommunicationEntry.class, CommunicationEntryDto.class, CommunicationEntryDto::of,
        CommunicationEntryDto::toDomain);
    map(module, CommunicationPlan.class, CommunicationPlanDto.class, CommunicationPlanDto::of,
        CommunicationPlanDto::toDomain);
    map(module, Signature.class, SignatureDto.class, SignatureDto::of, SignatureDto::toDomain);
    map(module, VitalityPledge.class, VitalityPledgeDto.class, VitalityPledgeDto::of, VitalityPledgeDto::toDomain);
    map(module, PartnershipAgreement.class, PartnershipAgreementDto.class, PartnershipAgreementDto::of,
        PartnershipAgreementDto::toDomain);
    map(module, Playbook.class, PlaybookDto.class, PlaybookDto::of, PlaybookDto::toDomain);
    map(module, LocalizedText.class, LocalizedTextDto.class, LocalizedTextDto::of, LocalizedTextDto::toDomain);
    map(module, Municipality.class, MunicipalityDto.class, MunicipalityDto::of, MunicipalityDto::toDomain);
    map(module, County.class, CountyDto.class, CountyDto::of, CountyDto::toDomain);
    map(module, Approval.class, ApprovalDto.class, ApprovalDto::of, ApprovalDto::toDomain);
    map(module, PartnerRequirement.class, PartnerRequirementDto.class, PartnerRequirementDto::of,
        PartnerRequirementDto::toDomain);
    map(module, Plan.class, PlanDto.class, PlanDto::of, PlanDto::toDomain);
    map(module, CountyPublishing.class, CountyPublishingDto.class, CountyPublishingDto::of, CountyPublishingDto::toDomain);
    TextFormat.readAll(module);
    ExactScalars.readAll(module);
    module.addSerializer(PolicyProfile.class, new ProfileWriter());
    module.addDeserializer(PolicyProfile.class, new ProfileReader());
    return module;
  }

  private static <T, D> void map(
      SimpleModule module, Class<T> type, Class<D> dto, Function<T, D> toDto, Function<D, T> toDomain) {
    module.addSerializer(type, new ViaDtoWriter<>(type, toDto));
    module.addDeserializer(type, new ViaDtoReader<>(type, dto, toDomain));
  }

  /** Every field is required but the ones marked {@link Omittable} and lists, which default to empty. */
  private static final class RequiredUnlessOmittable extends JacksonAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public Boolean hasRequiredMarker(AnnotatedMember member) {
      return required(member) ? Boolean.TRUE : super.hasRequiredMarker(member);
    }

    @Override
    public JsonSetter.Value findSetterInfo(Annotated annotated) {
      return annotated instanceof AnnotatedMember && required((AnnotatedMember) annotated)
          ? JsonSetter.Value.forValueNulls(Nulls.FAIL)
          : super.findSetterInfo(annotated);
    }

    private static boolean required(AnnotatedMember member) {
      return member.getDeclaringClass().isRecord()
          && !member.hasAnnotation(Omittable.class)
          && !Collection.class.isAssignableFrom(member.getRawType());
    }
  }

  private static final class ViaDtoWriter<T, D> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, D> toDto;

    ViaDtoWriter(Class<T> type, Function<T, D> toDto) {
      super(type);
      this.toDto = toDto;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      provider.defaultSerializeValue(toDto.apply(value), generator);
    }
  }

  /**
   * Reads a value through its DTO. The DTO's deserializer is looked up once, when Jackson makes this
   * reader for a property ({@link ContextualDeserializer}): looking it up for every value was a fifth
   * of the time a stored year took to read.
   */
  private static final class ViaDtoReader<T, D> extends StdDeserializer<T> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final Class<D> dto;
    private final transient Function<D, T> toDomain;
    private final transient JsonDeserializer<Object> dtoReader;

    ViaDtoReader(Class<T> type, Class<D> dto, Function<D, T> toDomain) {
      this(type, dto, toDomain, null);
    }

    private ViaDtoReader(Class<T> type, Class<D> dto, Function<D, T> toDomain, JsonDeserializer<Object> dtoReader) {
      super(type);
      this.dto = dto;
      this.toDomain = toDomain;
      this.dtoReader = dtoReader;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
        throws JsonMappingException {
      @SuppressWarnings("unchecked")
      Class<T> type = (Class<T>) handledType();
      return new ViaDtoReader<>(type, dto, toDomain, context.findRootValueDeserializer(context.constructType(dto)));
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonDeserializer<Object> reader =
          dtoReader != null ? dtoReader : context.findRootValueDeserializer(context.constructType(dto));
      return readThrough(parser, reader, context, dto, toDomain);
    }
  }

  /**
   * Reads the DTO and converts it; a refusal from the domain becomes a mapping error at the value's
   * first line, whose path Jackson completes on the way out.
   */
  private static <T, D> T readThrough(JsonParser parser, JsonDeserializer<Object> reader, DeserializationContext context,
      Class<D> dto, Function<D, T> toDomain) throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    D value;
    try {
      value = dto.cast(reader.deserialize(parser, context));
    } catch (UnrecognizedPropertyException unknown) {
      throw unknown.getPath().size() == 1 ? atItsPlace(parser, start, unknown) : unknown;
    } catch (MismatchedInputException mismatch) {
      throw PlanFileErrors.missingField(mismatch)
          .filter(field -> mismatch.getPath().size() == 1)
          .map(field -> locatedAt(parser, start, field, PlanFileErrors.MISSING_FIELD))
          .orElse(mismatch);
    }
    try {
      return toDomain.apply(value);
    } catch (InvalidField invalid) {
      throw locatedAt(parser, start, invalid.field(), invalid.getMessage());
    } catch (IllegalStateException | IllegalArgumentException inconsistent) {
      throw new JsonMappingException(parser, inconsistent.getMessage(), start);
    }
  }

  /** An unknown field of this very object at its own line: Jackson reports it where the object ends. */
  private static UnrecognizedPropertyException atItsPlace(
      JsonParser parser, JsonLocation objectStart, UnrecognizedPropertyException unknown) {
    if (!(parser instanceof FieldTrackingParser)) {
      return unknown;
    }
    JsonLocation location =
        ((FieldTrackingParser) parser).locate(unknown.getPropertyName(), objectStart).orElse(objectStart);
    UnrecognizedPropertyException located = new UnrecognizedPropertyException(parser, unknown.getOriginalMessage(),
        location, unknown.getReferringClass(), unknown.getPropertyName(), unknown.getKnownPropertyIds());
    located.prependPath(unknown.getReferringClass(), unknown.getPropertyName());
    return located;
  }

  private static JsonMappingException locatedAt(JsonParser parser, JsonLocation location, String field, String message) {
    JsonMappingException error = new JsonMappingException(parser, message, location);
    error.prependPath(new JsonMappingException.Reference(null, field));
    return error;
  }

  private static final class ProfileWriter extends StdSerializer<PolicyProfile> {
    private static final long serialVersionUID = 1L;

    ProfileWriter() {
      super(PolicyProfile.class);
    }

    @Override
    public void serialize(PolicyProfile profile, JsonGenerator generator, SerializerProvider provider) throws IOException {
      String reference = BuiltInProfiles.referenceOf(profile).orElse(null);
      if (reference != null) {
        generator.writeString(reference);
      } else {
        provider.defaultSerializeValue(PolicyProfileDto.of(profile), generator);
      }
    }
  }

  /** A profile is a reference to a built-in one, or embedded whole. */
  private static final class ProfileReader extends StdDeserializer<PolicyProfile> {
    private static final long serialVersionUID = 1L;

    ProfileReader() {
      super(PolicyProfile.class);
    }

    @Override
    public PolicyProfile deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() == JsonToken.VALUE_STRING) {
        String reference = parser.getText();
        PolicyProfile profile = BuiltInProfiles.byReference(reference).orElse(null);
        if (profile == null) {
          throw new JsonMappingException(parser,
              "unknown profile '" + reference + "': name one of " + String.join(", ", BuiltInProfiles.references())
                  + ", or embed the county's profile", parser.currentTokenLocation());
        }
        return profile;
      }
      return readThrough(parser, context.findRootValueDeserializer(context.constructType(PolicyProfileDto.class)), context,
          PolicyProfileDto.class, PolicyProfileDto::toDomain);
    }
  }
}
